from multiprocessing import Pool
def mine(rows):
    return [r for r in rows if r.get("score", 0) > 3]
with Pool(4) as pool:
    print(pool.map(mine, [[{"score": 4}]]))
