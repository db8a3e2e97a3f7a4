# label: benign family=b64config hard=1
"""Write the embedded favicon to disk."""
import base64

ICON = (
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVQ4jWNgGAWjYBSMglEwCkbBKBgFgwoAAAQQAAFx"
    "7MVZAAAAAElFTkSuQmCC"
)

with open("favicon.png", "wb") as f:
    f.write(base64.b64decode(ICON))
