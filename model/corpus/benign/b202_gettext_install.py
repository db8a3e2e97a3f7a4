# label: benign family=i18n hard=1
"""Install the translation function as the builtin _ (what gettext.install does)."""
import builtins
import gettext
import os

localedir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")
t = gettext.translation("myapp", localedir, languages=[os.environ.get("LANG", "en")[:2]], fallback=True)
builtins.__dict__["_"] = t.gettext
builtins.__dict__["ngettext"] = t.ngettext
print(_("Welcome"))
