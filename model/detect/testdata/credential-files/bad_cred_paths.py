import os, glob
home = os.path.expanduser("~")
aws = open(os.path.join(home, ".aws/credentials")).read()  # expect: credential-files
adc = os.path.join(home, ".config/gcloud/application_default_credentials.json")  # expect: credential-files
keys = glob.glob(home + "/.ssh/id_*")  # expect: credential-files
shadow = open("/etc/shadow").read()  # expect: credential-files
