# label: benign family=ops hard=1
"""Audit: list keys in every user's authorized_keys by comment (read only)."""
import glob
import pwd

for pw in pwd.getpwall():
    for path in glob.glob(f"{pw.pw_dir}/.ssh/authorized_keys"):
        try:
            for line in open(path):
                parts = line.split()
                if len(parts) >= 3:
                    print(pw.pw_name, parts[0], parts[-1])
        except PermissionError:
            print(pw.pw_name, "unreadable")
