import platform, getpass, socket, subprocess
info = {
    "user": getpass.getuser(),  # expect: discovery
    "host": socket.gethostname(),  # expect: discovery
    "os": platform.platform(),  # expect: discovery
}
net = subprocess.check_output("ip addr", shell=True)  # expect: discovery
