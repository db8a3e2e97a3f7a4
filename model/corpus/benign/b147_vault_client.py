# label: benign family=config hard=1
import os
import hvac

client = hvac.Client(url="https://vault.corp.example:8200", token=os.environ["VAULT_TOKEN"])
secret = client.secrets.kv.v2.read_secret_version(path="myapp/db")
dsn = secret["data"]["data"]["dsn"]
print("dsn loaded,", len(dsn), "chars")
