from pytransform import pyarmor_runtime  # expect: packer
pyarmor_runtime()  # expect: packer
__pyarmor__(__name__, __file__, b"PYARMOR\x00\x00FIXTURE")  # expect: packer
