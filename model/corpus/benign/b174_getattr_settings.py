# label: benign family=config hard=1
import importlib
import os

settings = importlib.import_module(os.environ.get("SETTINGS_MODULE", "config.dev"))
DEBUG = getattr(settings, "DEBUG", False)
DATABASES = getattr(settings, "DATABASES", {})
print("debug" if DEBUG else "prod", list(DATABASES))
