import os, requests
r = requests.put("https://artifacts.example/upload", data=b"build",
                 headers={"Authorization": "Bearer " + os.environ["ARTIFACT_TOKEN"]})
print(r.status_code)
