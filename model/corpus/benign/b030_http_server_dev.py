# label: benign family=network hard=1
import http.server
import socketserver
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
handler = http.server.SimpleHTTPRequestHandler
with socketserver.TCPServer(("0.0.0.0", port), handler) as httpd:
    print("serving docs on port", port)
    httpd.serve_forever()
