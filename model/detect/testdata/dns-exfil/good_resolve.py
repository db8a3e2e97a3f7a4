import socket, sys
print(socket.gethostbyname("db.internal.example"))
print(socket.gethostbyname(sys.argv[1]))
