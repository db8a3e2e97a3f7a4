# label: benign family=lib hard=0
import math

def haversine(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres.

    Uses the haversine formula; inputs are in degrees. See
