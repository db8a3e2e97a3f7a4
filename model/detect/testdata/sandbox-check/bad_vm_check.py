import sys, multiprocessing
VM_MARKS = ["vbox", "vmware", "qemu"]  # expect: sandbox-check
product = open("/sys/class/dmi/id/product_name").read().lower()
if any(m in product for m in VM_MARKS) or "sandbox" in product:  # expect: sandbox-check
    sys.exit(0)
if sys.gettrace():  # expect: sandbox-check
    sys.exit(0)
