from os import system as s
from subprocess import Popen as P
import subprocess as sp

s("uptime")  # expect: process-spawn
P(["ls", "-l"], stdout=sp.PIPE)  # expect: process-spawn
runner = getattr(sp, "check_" + "output")
runner(["id"])  # expect: process-spawn
