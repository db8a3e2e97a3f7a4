import os
fd = os.memfd_create("x", 0)  # expect: fileless-exec
os.write(fd, b"#!/bin/sh\necho fixture\n")
os.execv("/proc/self/fd/%d" % fd, ["x"])  # expect: fileless-exec
