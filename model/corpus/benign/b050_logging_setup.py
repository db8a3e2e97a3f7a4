# label: benign family=lib hard=0
import logging
import logging.handlers
import os


def setup_logging(name="app", level=None):
    level = level or os.environ.get("LOG_LEVEL", "INFO")
    logger = logging.getLogger(name)
    logger.setLevel(level)
    h = logging.handlers.RotatingFileHandler(f"/var/log/{name}/{name}.log", maxBytes=10 << 20, backupCount=5)
    h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(h)
    return logger
