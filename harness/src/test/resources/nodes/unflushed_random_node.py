#!/usr/bin/env python3
"""Asks for a random number and waits for random_ok without flushing its request: it hangs."""
import json
import sys

for raw in sys.stdin:
    line = json.loads(raw)
    me = line["dest"]
    sys.stdout.write(json.dumps({"src": me, "dest": "electorate", "body": {"type": "random", "msg_id": 1, "bound": 3}}) + "\n")
    answer = sys.stdin.readline()  # never comes: the request is still in this process's buffer
