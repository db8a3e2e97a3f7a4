# label: benign family=gauth hard=1
from google.cloud import bigquery

client = bigquery.Client()
q = """
SELECT country, COUNT(*) AS n
FROM `acme.analytics.sessions`
WHERE DATE(ts) = CURRENT_DATE()
GROUP BY country ORDER BY n DESC LIMIT 10
"""
for row in client.query(q).result():
    print(row.country, row.n)
