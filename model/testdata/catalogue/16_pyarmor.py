# must: packer
from pytransform import pyarmor_runtime
pyarmor_runtime()
__pyarmor__(__name__, __file__, b"PYARMOR\x00\x00\x03\x08fixture-not-real")
