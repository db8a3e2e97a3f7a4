# label: benign family=notify hard=1
"""Post a deploy notification to our Slack channel."""
import json
import os
import sys
import urllib.request

url = os.environ["SLACK_WEBHOOK_URL"]
msg = {"text": f"Deployed {sys.argv[1]} to production"}
req = urllib.request.Request(url, data=json.dumps(msg).encode(), headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=10)
