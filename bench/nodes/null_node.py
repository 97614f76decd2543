#!/usr/bin/env python3
"""A node that does nothing but keep events coming: the floor of a round trip to a Python process.

It reads each event as any Python node must (json.loads), sets a one-tick timer on init, restart
and timeout so that every node gets an event every tick, and answers with done, never electing.
It offers reset, so a bench pays round trips, not process starts. Standard library only.

  ./electorate bench --node-cmd "python3 bench/nodes/null_node.py" --termination-bound 80 \\
      --nodes 3 --runs 10 --rounds 5
"""
import json
import sys


def main():
    out = sys.stdout
    for raw in sys.stdin:
        line = json.loads(raw)
        me = line["dest"]
        kind = line["body"]["type"]
        head = '{"src":"' + me + '","dest":"electorate","body":'
        if kind in ("init", "restart", "timeout"):
            out.write(head + '{"type":"set_timer","timer":"tick","delay":1}}\n')
        reset = ',"reset":true' if kind in ("init", "restart") else ''
        out.write(head + '{"type":"done","role":"follower","leader":null,"term":0' + reset + '}}\n')
        out.flush()


if __name__ == "__main__":
    main()
