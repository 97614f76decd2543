# A node that forgets that stdout is the protocol channel: a debugging print on its first event.
import sys

for raw in sys.stdin:
    print("got an event, reacting now")
    sys.stdout.flush()
