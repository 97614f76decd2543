---- MODULE MCPaxos5Sim ----
(* Paxos ballot leadership for TLC's simulation mode (-simulate -depth 200), safety only, no synchrony   *)
(* oracle: 5 nodes starting together, rounds up to 10, timeouts free (MaxEarly 50 never binds: a node   *)
(* times out at most once per round), up to 4 crashes, each node possibly restarted.                    *)
EXTENDS Paxos

\* Next, regrouped for the simulation's choice of action: TLC picks an action at random, then one of its
\* successors, so receipts by node and type weigh as much as timeouts (with Next's single receive action a
\* random walk is mostly timeouts, and ballots rarely win).  Without the lease there is no
\* HeartbeatAck, so SimNext and Next allow the same steps.
SimNext ==
    \/ \E n \in Node : \/ Start(n) \/ Restart(n) \/ Crash(n) \/ Timeout(n) \/ SendHeartbeat(n) \/ LeaseExpire(n)
    \/ \E n \in Node, t \in {"Prepare", "Promise", "Nack", "Heartbeat"} :
           \E m \in msgs : m.to = n /\ m.type = t /\ Receive(n, m)
    \/ Tick
====
