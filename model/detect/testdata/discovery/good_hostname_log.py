import logging, socket
logging.basicConfig(format="%(message)s")
logging.warning("starting on %s", socket.gethostname())
