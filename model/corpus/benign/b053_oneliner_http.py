# label: benign family=cli hard=0
import http.server as h; h.test(HandlerClass=h.SimpleHTTPRequestHandler, port=8000, bind="127.0.0.1")
