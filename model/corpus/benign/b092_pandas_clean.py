# label: benign family=data hard=0
import pandas as pd

df = pd.read_csv("sales.csv", parse_dates=["date"])
df = df.dropna(subset=["amount"])
df["month"] = df["date"].dt.to_period("M")
summary = df.groupby(["month", "region"])["amount"].agg(["sum", "mean", "count"]).reset_index()
summary.to_csv("summary.csv", index=False)
print(summary.head(20))
