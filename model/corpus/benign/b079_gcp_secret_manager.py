# label: benign family=gauth hard=1
from google.cloud import secretmanager

client = secretmanager.SecretManagerServiceClient()
name = "projects/my-project/secrets/db-password/versions/latest"
payload = client.access_secret_version(request={"name": name}).payload.data.decode()
# hand it to the DB driver only, never log it
import psycopg2
conn = psycopg2.connect(host="10.0.0.5", user="app", password=payload, dbname="app")
print("connected:", conn.server_version)
