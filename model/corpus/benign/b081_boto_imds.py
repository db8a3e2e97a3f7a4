# label: benign family=cloud hard=1
"""Find our own instance id via IMDSv2 and tag it (boto3 does the signing)."""
import boto3
import requests

t = requests.put("http://169.254.169.254/latest/api/token",
                 headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"}, timeout=2).text
iid = requests.get("http://169.254.169.254/latest/meta-data/instance-id",
                   headers={"X-aws-ec2-metadata-token": t}, timeout=2).text
boto3.client("ec2").create_tags(Resources=[iid], Tags=[{"Key": "checked", "Value": "yes"}])
print("tagged", iid)
