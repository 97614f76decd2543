#!/usr/bin/env python3
"""A majority-vote election with terms over the node protocol, as VoteElection.java is in Java.

A candidate asks for votes; a node votes once per term and persists its term and vote; a leader
sends heartbeats. With --vote-before-persist it sends its vote before it persists it, a bug a
crash inside the reaction exposes: the restarted node has forgotten the vote and may vote again.
"""
import json
import sys

HARNESS = "electorate"


def main():
    vote_first = "--vote-before-persist" in sys.argv[1:]
    out = sys.stdout
    me = None
    others = []
    st = {"term": 0, "voted": None, "votes": 0, "role": "follower", "leader": None}
    draws = [0]

    def emit(dest, body):
        out.write(json.dumps({"src": me, "dest": dest, "body": body}) + "\n")

    def save():
        emit(HARNESS, {"type": "persist", "durable": {"term": st["term"], "voted": st["voted"]}})

    def wait_for_leader():
        draws[0] += 1
        emit(HARNESS, {"type": "random", "msg_id": draws[0], "bound": 11})
        out.flush()
        answer = json.loads(sys.stdin.readline())
        emit(HARNESS, {"type": "set_timer", "timer": "election", "delay": 100 + answer["body"]["value"]})

    def beat():
        for peer in others:
            emit(peer, {"type": "Heartbeat", "term": st["term"]})
        emit(HARNESS, {"type": "set_timer", "timer": "beat", "delay": 20})

    def observe(term):
        if term > st["term"]:
            st.update(term=term, voted=None, role="follower", leader=None)
            save()

    for raw in sys.stdin:
        line = json.loads(raw)
        body = line["body"]
        kind = body["type"]
        if kind in ("init", "restart"):
            me = body["node_id"]
            others = [n for n in body["node_ids"] if n != me]
            durable = body.get("durable")
            if durable:
                st["term"], st["voted"] = durable["term"], durable["voted"]
            wait_for_leader()
        elif kind == "timeout" and body["timer"] == "beat" and st["role"] == "leader":
            beat()
        elif kind == "timeout" and body["timer"] == "election":
            st.update(term=st["term"] + 1, voted=me, votes=1, role="candidate", leader=None)
            save()
            for peer in others:
                emit(peer, {"type": "RequestVote", "term": st["term"]})
            wait_for_leader()
        elif kind == "RequestVote":
            observe(body["term"])
            if body["term"] == st["term"] and st["voted"] in (None, line["src"]):
                st["voted"] = line["src"]
                if vote_first:
                    emit(line["src"], {"type": "Vote", "term": st["term"]})
                    save()
                else:
                    save()
                    emit(line["src"], {"type": "Vote", "term": st["term"]})
        elif kind == "Vote":
            if body["term"] == st["term"] and st["role"] == "candidate":
                st["votes"] += 1
                if st["votes"] > (len(others) + 1) // 2:
                    st.update(role="leader", leader=me)
                    emit(HARNESS, {"type": "cancel_timer", "timer": "election"})
                    beat()
        elif kind == "Heartbeat" and body["term"] >= st["term"]:
            observe(body["term"])
            st.update(role="follower", leader=line["src"])
            wait_for_leader()
        emit(HARNESS, {"type": "done", "role": st["role"], "leader": st["leader"], "term": st["term"]})
        out.flush()


if __name__ == "__main__":
    main()
