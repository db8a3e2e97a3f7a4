# label: benign family=ops hard=1
#!/usr/bin/env python3
"""Container entrypoint: render config from env, wait for the DB, exec the server."""
import os
import socket
import sys
import time
from string import Template

tpl = Template(open("/app/config.tpl").read())
with open("/app/config.ini", "w") as f:
    f.write(tpl.substitute(os.environ))

host, port = os.environ.get("DB_HOST", "db"), int(os.environ.get("DB_PORT", "5432"))
for _ in range(60):
    try:
        socket.create_connection((host, port), timeout=1).close()
        break
    except OSError:
        time.sleep(1)
else:
    sys.exit("database not reachable")

os.execvp("gunicorn", ["gunicorn", "-c", "/app/gunicorn.conf.py", "app:wsgi"])
