---- MODULE MCPaxosConsensus5Sim ----
(* Paxos with phase 2 (PaxosConsensus) for TLC's simulation mode (-simulate -depth 200), safety only, no *)
(* synchrony oracle: 5 nodes from a settled election (node 1 leads <<1, 1>> with value "a"), values "a",  *)
(* "b" and "c", rounds up to 10, timeouts free                                                             *)
(* (MaxEarly 50 never binds), up to 4 crashes, each node possibly restarted.                              *)
EXTENDS PaxosConsensus

\* CNext, regrouped for the simulation's choice of action: TLC picks an action at random, then one of its
\* successors, so receipts by node and type weigh as much as timeouts (with a single receive action a
\* random walk is mostly timeouts, and ballots rarely win).  Without the lease there is no
\* HeartbeatAck, so SimNext and CNext allow the same steps.
SimNext ==
    \/ \E n \in Node : \/ Start(n) /\ UNCHANGED cvars
                       \/ CRestart(n)
                       \/ Crash(n) /\ UNCHANGED cvars
                       \/ CTimeout(n)
                       \/ SendHeartbeat(n) /\ UNCHANGED cvars
    \/ \E n \in Node, t \in {"Prepare", "Promise", "Nack", "Heartbeat"} :
           \E m \in msgs : m.to = n /\ m.type = t /\ CReceive(n, m)
====
