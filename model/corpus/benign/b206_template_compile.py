# label: benign family=web hard=1
"""A tiny template engine: {{ expr }} placeholders compiled to Python once."""
import re

TOKEN = re.compile(r"{{\s*(.+?)\s*}}")


class Template:
    def __init__(self, text):
        parts = []
        pos = 0
        for m in TOKEN.finditer(text):
            parts.append(repr(text[pos:m.start()]))
            parts.append(f"str({m.group(1)})")
            pos = m.end()
        parts.append(repr(text[pos:]))
        self.code = compile(" + ".join(parts), "<template>", "eval")

    def render(self, **ctx):
        return eval(self.code, {"__builtins__": {"str": str, "len": len}}, ctx)


print(Template("Hello {{ name }}, you have {{ len(items) }} items").render(name="Ana", items=[1, 2, 3]))
