# label: benign family=i18n hard=1
# 数据清洗脚本：读取订单文件，去除重复记录，输出统计结果
import csv
import sys
from collections import Counter

# 读取输入文件
seen = set()
城市 = Counter()
with open(sys.argv[1], encoding="utf-8") as f:
    for row in csv.DictReader(f):
        key = row["订单号"]
        if key in seen:  # 跳过重复订单
            continue
        seen.add(key)
        城市[row["城市"]] += 1

# 输出每个城市的订单数量
for name, n in 城市.most_common():
    print(f"{name}: {n} 单")
