# label: benign family=data hard=0
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(1000, 3))
cov = np.cov(x, rowvar=False)
w, v = np.linalg.eigh(cov)
print("eigenvalues:", np.round(w, 3))
print("explained:", np.round(w / w.sum(), 3))
