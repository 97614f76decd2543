# A node that answers every event (following no one) and starts a child that would outlive it:
# the harness must kill the child with the node. argv[1] marks the child.
import json
import subprocess
import sys

subprocess.Popen(["sleep", sys.argv[1]], stdout=subprocess.DEVNULL)
for line in sys.stdin:
    event = json.loads(line)
    if event["body"]["type"] == "random_ok":
        continue
    done = {"src": event["dest"], "dest": "electorate", "body": {"type": "done", "role": "follower", "leader": None}}
    print(json.dumps(done), flush=True)
