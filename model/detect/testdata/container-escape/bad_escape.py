import os, socket
s = socket.socket(socket.AF_UNIX)
s.connect("/var/run/docker.sock")  # expect: container-escape
os.system("nsenter --target 1 --mount --uts --ipc --net --pid -- sh -c 'echo fixture'")  # expect: container-escape
open("/sys/fs/cgroup/rdma/x/release_agent", "w").write("/cmd")  # expect: container-escape
print(os.listdir("/proc/1/root/"))  # expect: container-escape
