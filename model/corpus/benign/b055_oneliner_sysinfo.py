# label: benign family=cli hard=1
import platform,os,socket;print(platform.platform(),os.cpu_count(),socket.gethostname())
