#!/usr/bin/env python3
"""Checks that every line from the harness, random_ok included, carries the node's clock as "now"."""
import json
import sys

for raw in sys.stdin:
    line = json.loads(raw)
    me = line["dest"]
    sys.stdout.write(json.dumps({"src": me, "dest": "electorate", "body": {"type": "random", "msg_id": 1, "bound": 3}}) + "\n")
    sys.stdout.flush()
    answer = json.loads(sys.stdin.readline())
    if answer.get("now") != line["now"]:
        sys.stderr.write("random_ok came with now=%r during an event at now=%r\n" % (answer.get("now"), line["now"]))
        sys.exit(1)
    sys.stdout.write(json.dumps({"src": me, "dest": "electorate", "body": {"type": "done", "role": "follower", "leader": None}}) + "\n")
    sys.stdout.flush()
