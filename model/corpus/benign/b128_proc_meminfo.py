# label: benign family=ops hard=1
def meminfo():
    out = {}
    with open("/proc/meminfo") as f:
        for line in f:
            k, v = line.split(":", 1)
            out[k] = int(v.split()[0])
    return out

m = meminfo()
print(f"used {100 - 100 * m['MemAvailable'] // m['MemTotal']}% of {m['MemTotal'] // 1024} MB")
