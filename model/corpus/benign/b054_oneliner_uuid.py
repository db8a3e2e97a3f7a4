# label: benign family=cli hard=0
import uuid;print(uuid.uuid4())
