---- MODULE MCPaxos3LeaseOneBeat ----
(* Paxos with the leader lease, 3 nodes from a settled election (node 1 leads <<1, 1>>, leased from 0), *)
(* with one early timeout and no heartbeat after the settled one: the default suite's passing lease model. *)
EXTENDS Paxos

\* Bounds, besides the constants: no round of heartbeats after the settled one (one sentAt value), and
\* one ballot beyond the settled one.  Time itself is unbounded: the view LeaseView keeps clock readings
\* relative, so the states are finitely many.
Bounds ==
    /\ Cardinality({m.sentAt : m \in {x \in msgs : x.type = "Heartbeat"}}) <= 1
    /\ Cardinality({m.bal : m \in {x \in msgs : x.type = "Prepare"}}) <= 2
====
