# label: benign family=config hard=0
import os
import yaml

path = os.environ.get("APP_CONFIG", "config.yaml")
with open(path) as f:
    cfg = yaml.safe_load(f)
for section, values in cfg.items():
    print(f"[{section}]")
    for k, v in (values or {}).items():
        print(f"  {k} = {v}")
