# A node that reads its first event and never answers it (a deadlock, an endless loop).
import sys
import time

sys.stdin.readline()
while True:
    time.sleep(60)
