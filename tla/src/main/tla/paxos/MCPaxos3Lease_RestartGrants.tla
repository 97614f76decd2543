---- MODULE MCPaxos3Lease_RestartGrants ----
(* Mutant restart-grants of Paxos with the leader lease, 3 nodes from a settled election (node 1 leads <<1, 1>>, leased from 0). *)
EXTENDS Paxos

\* Bounds of the lease models, besides the constants: one round of heartbeats after the settled one
\* (two sentAt values in all), and one ballot beyond the settled one.  Time itself is unbounded: the
\* view LeaseView keeps clock readings relative, so the states are finitely many.
Bounds ==
    /\ Cardinality({m.sentAt : m \in {x \in msgs : x.type = "Heartbeat"}}) <= 2
    /\ Cardinality({m.bal : m \in {x \in msgs : x.type = "Prepare"}}) <= 2
====
