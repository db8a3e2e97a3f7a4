# label: benign family=backup hard=1
import tarfile,time;tarfile.open(time.strftime("etc-%Y%m%d.tgz"),"w:gz").add("/etc/myapp")
