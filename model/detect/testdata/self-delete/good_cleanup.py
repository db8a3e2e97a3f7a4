import os
here = os.path.dirname(__file__)
tmp = os.path.join(here, "cache.tmp")
if os.path.exists(tmp):
    os.remove(tmp)
