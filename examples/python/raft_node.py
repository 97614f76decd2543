#!/usr/bin/env python3
"""One node of Raft's leader election (no log) over Electorate's node protocol (docs/protocol.md).

Terms, one vote per term written with `persist` before the vote is sent, randomized election
timeouts drawn with `random`, a leader per majority of votes, heartbeats, and a step down on any
higher term: the same election as the Java example com.acme.election.raft.MajorityRaft, message for
message. Safe under every fault class; it elects once a majority is up and the network is
synchronous again. Declared as examples/third-party-election/declarations/majority-raft.properties.

With --forget-vote it is the buggy twin ForgetfulRaft: it persists its term but not its vote, so a
node that crashes between two rival vote requests of one term votes twice.

It accepts reset (protocol version 2), so one process serves many runs, and where the harness
speaks version 3 it sets its election timer with a jitter that the harness draws, instead of asking
for a random number and waiting for it: the same draw at the same point of the run, one round trip
less. --no-reset and --no-jitter turn either off. Its lines are written once per reaction.

Standard library only. Usage:
  ./electorate check --node-cmd "python3 examples/python/raft_node.py" \\
      --declare examples/third-party-election/declarations/majority-raft.properties
"""
import json
import sys

HEARTBEAT_PERIOD = 10
TIMEOUT_MIN = 100
TIMEOUT_SPREAD = 100
HARNESS = "electorate"


def fresh_state():
    return {"term": 0, "voted_for": None, "role": "follower", "leader": None, "votes": set(), "msg_id": 0}


def main():
    flags = sys.argv[1:]
    keeps_vote = "--forget-vote" not in flags
    offer_reset = "--no-reset" not in flags
    lines = iter(sys.stdin)
    out = sys.stdout
    pending = []  # this reaction's lines, written at once when it ends or waits for random_ok
    me = None
    others = []
    majority = 1
    jitter = False  # the harness draws a timer's random part (protocol version 3)
    state = fresh_state()

    def emit(dest, body):
        pending.append(json.dumps({"src": me, "dest": dest, "body": body}, separators=(",", ":")))

    def send_pending():
        pending.append("")
        out.write("\n".join(pending))
        out.flush()
        pending.clear()

    def random_below(bound):
        # The harness answers a random request at once, inside this reaction: flush first, or it never sees it.
        state["msg_id"] += 1
        emit(HARNESS, {"type": "random", "msg_id": state["msg_id"], "bound": bound})
        send_pending()
        answer = json.loads(next(lines))
        return answer["body"]["value"]

    def reset_election_timer():
        if jitter:
            emit(HARNESS, {"type": "set_timer", "timer": "election", "delay": TIMEOUT_MIN, "jitter": TIMEOUT_SPREAD})
        else:
            emit(HARNESS, {"type": "set_timer", "timer": "election",
                           "delay": TIMEOUT_MIN + random_below(TIMEOUT_SPREAD)})

    def save():
        emit(HARNESS, {"type": "persist", "durable": {"term": state["term"],
                                                      "voted_for": state["voted_for"] if keeps_vote else None}})

    def beat():
        for peer in others:
            emit(peer, {"type": "Heartbeat", "term": state["term"]})
        emit(HARNESS, {"type": "set_timer", "timer": "heartbeat", "delay": HEARTBEAT_PERIOD})

    def lead():
        state["role"] = "leader"
        state["leader"] = me
        emit(HARNESS, {"type": "cancel_timer", "timer": "election"})
        beat()

    def follow_unknown():
        if state["role"] == "leader":
            emit(HARNESS, {"type": "cancel_timer", "timer": "heartbeat"})
        state["role"] = "follower"
        state["leader"] = None
        reset_election_timer()

    for raw in lines:
        line = json.loads(raw)
        body = line["body"]
        kind = body["type"]
        src = line["src"]
        if kind == "reset":
            # Forget the node entirely: the next line is the init or restart of a new one.
            emit(HARNESS, {"type": "done", "role": "idle", "leader": None, "term": 0})
            send_pending()
            state = fresh_state()
            continue
        if kind in ("init", "restart"):
            version = body.get("protocol", 1)
            jitter = version >= 3 and "--no-jitter" not in flags
            me = body["node_id"]
            others = [n for n in body["node_ids"] if n != me]
            majority = len(body["node_ids"]) // 2 + 1
            durable = body.get("durable")
            if durable:
                state["term"] = durable["term"]
                state["voted_for"] = durable["voted_for"]
            reset_election_timer()
            action = "Start" if kind == "init" else "Restart"
        elif kind == "timeout":
            if body["timer"] == "election" and state["role"] != "leader":
                state["term"] += 1
                state["voted_for"] = me
                state["role"] = "candidate"
                state["leader"] = None
                state["votes"] = {me}
                save()
                for peer in others:
                    emit(peer, {"type": "VoteRequest", "term": state["term"]})
                reset_election_timer()
                if len(state["votes"]) >= majority:
                    lead()
                action = "Campaign"
            elif body["timer"] == "heartbeat" and state["role"] == "leader":
                beat()
                action = "Beat"
            else:
                action = "StaleTimer"
        else:
            theirs = body.get("term", state["term"])
            if theirs > state["term"]:
                state["term"] = theirs
                state["voted_for"] = None
                follow_unknown()
                save()
            if kind == "VoteRequest":
                grant = (body["term"] == state["term"] and state["role"] != "leader"
                         and state["voted_for"] in (None, src))
                if grant and state["voted_for"] != src:
                    state["voted_for"] = src
                    save()  # on disk before the vote leaves
                if grant:
                    reset_election_timer()
                emit(src, {"type": "Vote", "term": state["term"], "granted": grant})
                action = "HandleVoteRequest"
            elif kind == "Vote":
                if state["role"] == "candidate" and body["term"] == state["term"] and body["granted"]:
                    state["votes"].add(src)
                    if len(state["votes"]) >= majority:
                        lead()
                action = "HandleVote"
            elif kind == "Heartbeat":
                if body["term"] == state["term"] and state["role"] != "leader":
                    state["role"] = "follower"
                    state["leader"] = src
                    reset_election_timer()
                action = "HandleHeartbeat"
            else:
                action = "Ignore"
        emit(HARNESS, {"type": "record", "action": action,
                       "vars": {"term": state["term"], "role": state["role"].upper(),
                                "leader": state["leader"] or "none"}})
        done = {"type": "done", "role": state["role"], "leader": state["leader"], "term": state["term"]}
        if kind in ("init", "restart") and offer_reset and version >= 2:
            done["reset"] = True
        emit(HARNESS, done)
        send_pending()


if __name__ == "__main__":
    main()
