# label: benign family=gauth hard=1
import datetime
from google.cloud import storage

blob = storage.Client().bucket("acme-reports").blob("q3/summary.pdf")
url = blob.generate_signed_url(version="v4", expiration=datetime.timedelta(hours=1), method="GET")
print(url)
