# label: benign family=healthcheck hard=1
import sys
import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

channel = grpc.insecure_channel("localhost:50051")
stub = health_pb2_grpc.HealthStub(channel)
resp = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
print(health_pb2.HealthCheckResponse.ServingStatus.Name(resp.status))
sys.exit(0 if resp.status == health_pb2.HealthCheckResponse.SERVING else 1)
