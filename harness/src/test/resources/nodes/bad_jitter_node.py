# A node that sets a timer with a jitter of 0, which the protocol does not allow (1 or more).
import json
import sys

line = json.loads(sys.stdin.readline())
me = line["body"]["node_id"]
print(json.dumps({"src": me, "dest": "electorate", "body": {"type": "set_timer", "timer": "t", "delay": 5, "jitter": 0}}))
print(json.dumps({"src": me, "dest": "electorate", "body": {"type": "done", "role": "follower", "leader": None}}))
sys.stdout.flush()
sys.stdin.readline()
