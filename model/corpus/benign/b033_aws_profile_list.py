# label: benign family=config hard=1
"""List the profile names in ~/.aws/config (never prints secrets)."""
import configparser
import os

cfg = configparser.ConfigParser()
cfg.read(os.path.expanduser("~/.aws/config"))
for section in cfg.sections():
    name = section.replace("profile ", "")
    region = cfg[section].get("region", "-")
    print(f"{name:20} {region}")
