# label: benign family=i18n hard=0
import sys
import time

STEPS = ["📦 packing", "🚚 shipping", "🏠 delivered"]
for s in STEPS:
    print(s, end=" ", flush=True)
    time.sleep(0.2)
    print("✅")
print("🎉 done!" if "--quiet" not in sys.argv else "")
