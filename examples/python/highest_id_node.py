#!/usr/bin/env python3
"""One node of a heartbeat election over Electorate's node protocol (docs/protocol.md).

Every node says "Alive" to every other node every PERIOD ticks; the leader is the highest id heard
from within the last SILENCE ticks (or this node). A node decides nothing until SILENCE ticks after
it comes up, by when it has heard every live peer. Correct for crash-stop (and crash-recovery)
nodes over reliable links whose messages take at most 10 ticks.

With --impatient it is the same node with the deliberate bug of the Java example's
ImpatientElection: it presumes a peer crashed after one heartbeat period of silence, forgetting that
a heartbeat may spend up to 10 ticks on the wire.

It accepts reset (protocol version 2): when its run ends the harness may send "reset" instead of
killing it, and the process then forgets its node and serves the next run's "init" or "restart", which
spares a process start per node per run. With --no-reset it does not offer to, as a version-1 node.

Standard library only. Usage: ./electorate check --node-cmd "python3 examples/python/highest_id_node.py"
"""
import json
import sys

PERIOD = 10
SILENCE = 3 * PERIOD
HARNESS = "electorate"


class Node:
    def __init__(self, node_id, node_ids, now, silence):
        self.id = node_id
        self.others = sorted((n for n in node_ids if n != node_id), key=number)
        self.silence = silence
        self.last_heard = {}
        self.up_since = now
        self.role = "candidate"
        self.leader = None


def number(name):
    return int(name[1:])


def main():
    silence = PERIOD if "--impatient" in sys.argv[1:] else SILENCE
    offer_reset = "--no-reset" not in sys.argv[1:]
    out = sys.stdout
    node = None

    def emit(dest, body):
        out.write(json.dumps({"src": node.id, "dest": dest, "body": body}) + "\n")

    def beat():
        for peer in node.others:
            emit(peer, {"type": "Alive"})
        emit(HARNESS, {"type": "set_timer", "timer": "beat", "delay": PERIOD})

    def decide(now):
        if now - node.up_since < node.silence:
            return  # a live peer may not have been heard yet
        highest = node.id
        for peer, heard in node.last_heard.items():
            if now - heard <= node.silence and number(peer) > number(highest):
                highest = peer
        node.leader = highest
        node.role = "leader" if highest == node.id else "follower"

    for raw in sys.stdin:
        line = json.loads(raw)
        body = line["body"]
        now = line["now"]
        kind = body["type"]
        if kind == "reset":
            # Forget the node entirely: the next line is the init or restart of a new one.
            emit(HARNESS, {"type": "done", "role": "idle", "leader": None, "term": 0})
            out.flush()
            node = None
            continue
        if kind in ("init", "restart"):
            # Nothing is durable: a restarted node listens for one timeout before deciding.
            node = Node(body["node_id"], body["node_ids"], now, silence)
            beat()
            action = "Start" if kind == "init" else "Restart"
        elif kind == "timeout":
            beat()
            decide(now)
            action = "Beat"
        elif kind == "Alive":
            node.last_heard[line["src"]] = now
            decide(now)
            action = "ReceiveAlive"
        else:
            action = "ReceiveUnknown"
        emit(HARNESS, {"type": "record", "action": action,
                       "vars": {"role": node.role.upper(), "leader": number(node.leader) if node.leader else 0}})
        done = {"type": "done", "role": node.role, "leader": node.leader, "term": 0}
        if kind in ("init", "restart") and offer_reset and body.get("protocol", 1) >= 2:
            done["reset"] = True
        emit(HARNESS, done)
        out.flush()


if __name__ == "__main__":
    main()
