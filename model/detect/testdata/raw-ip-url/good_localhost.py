import requests
requests.get("http://127.0.0.1:8080/health")
requests.get("http://localhost:9000/metrics")
requests.get("https://api.example/v2")
