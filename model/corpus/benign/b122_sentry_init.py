# label: benign family=lib hard=1
import os
import sentry_sdk

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1, environment=os.environ.get("ENV", "dev"))
