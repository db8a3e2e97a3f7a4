# label: benign family=cli hard=1
"""A REPL that accepts top-level await (like `python -m asyncio`)."""
import ast
import asyncio
import code
import types


class AsyncConsole(code.InteractiveConsole):
    def __init__(self, loop):
        super().__init__({"asyncio": asyncio, "__name__": "__console__"})
        self.loop = loop
        self.compile.compiler.flags |= ast.PyCF_ALLOW_TOP_LEVEL_AWAIT

    def runcode(self, co):
        func = types.FunctionType(co, self.locals)
        try:
            result = func()
            if asyncio.iscoroutine(result):
                result = self.loop.run_until_complete(result)
            if result is not None:
                print(repr(result))
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()


loop = asyncio.new_event_loop()
AsyncConsole(loop).interact(banner="async REPL", exitmsg="")
