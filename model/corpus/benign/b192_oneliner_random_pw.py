# label: benign family=cli hard=0
import secrets;print(secrets.token_urlsafe(24))
