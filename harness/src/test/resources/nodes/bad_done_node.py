# A node that ends its first reaction with a role the protocol does not know.
import json
import sys

line = json.loads(sys.stdin.readline())
me = line["body"]["node_id"]
print(json.dumps({"src": me, "dest": "electorate", "body": {"type": "done", "role": "boss", "leader": me}}))
sys.stdout.flush()
sys.stdin.readline()
