# label: benign family=notify hard=1
"""Push job metrics to the Prometheus pushgateway."""
import os
import time
import requests

GATEWAY = os.environ.get("PUSHGATEWAY", "http://pushgateway.monitoring.svc:9091")
start = time.time()
rows = 12345
body = f"job_rows_processed {rows}\njob_duration_seconds {time.time() - start:.3f}\n"
requests.post(f"{GATEWAY}/metrics/job/nightly_etl", data=body, timeout=5).raise_for_status()
