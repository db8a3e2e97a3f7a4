# label: benign family=config hard=1
import secrets
import string

alphabet = string.ascii_letters + string.digits
print("API_KEY=" + "".join(secrets.choice(alphabet) for _ in range(40)))
print("SECRET_KEY=" + secrets.token_urlsafe(48))
