#!/usr/bin/env python3
"""Offers reset when it starts, then exits when it is sent one: the harness must start a fresh process."""
import json
import sys

me = None
for raw in sys.stdin:
    line = json.loads(raw)
    body = line["body"]
    if body["type"] == "reset":
        sys.exit(0)
    if body["type"] in ("init", "restart"):
        me = body["node_id"]
    done = {"type": "done", "role": "follower", "leader": None, "term": 0}
    if body["type"] in ("init", "restart"):
        done["reset"] = True
    print(json.dumps({"src": me, "dest": "electorate", "body": done}), flush=True)
