import multiprocessing, time
workers = max(1, multiprocessing.cpu_count() - 1)
time.sleep(1)
print("using", workers, "workers")
