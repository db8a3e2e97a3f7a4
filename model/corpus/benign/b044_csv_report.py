# label: benign family=data hard=0
import csv
import statistics
import sys
from collections import defaultdict

by_region = defaultdict(list)
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        by_region[row["region"]].append(float(row["revenue"]))

print(f"{'region':12} {'n':>5} {'mean':>10} {'median':>10}")
for region, vals in sorted(by_region.items()):
    print(f"{region:12} {len(vals):5d} {statistics.mean(vals):10.2f} {statistics.median(vals):10.2f}")
