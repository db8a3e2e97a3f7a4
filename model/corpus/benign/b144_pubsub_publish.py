# label: benign family=gauth hard=1
import json
import os
from google.cloud import pubsub_v1

publisher = pubsub_v1.PublisherClient()
topic = publisher.topic_path(os.environ["GOOGLE_CLOUD_PROJECT"], "orders")
for i in range(10):
    fut = publisher.publish(topic, json.dumps({"order": i}).encode(), origin="batch")
    print(fut.result())
