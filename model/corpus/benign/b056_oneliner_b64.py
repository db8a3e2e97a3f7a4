# label: benign family=b64config hard=1
import base64,sys;sys.stdout.buffer.write(base64.b64decode(sys.stdin.read()))
