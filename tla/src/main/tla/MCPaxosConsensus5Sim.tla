---- MODULE MCPaxosConsensus5Sim ----
(* Paxos with phase 2 (PaxosConsensus) for TLC's simulation mode (-simulate -depth 200), safety only, no *)
(* synchrony oracle: 5 nodes starting together, values "a", "b" and "c", rounds up to 10, timeouts free   *)
(* (MaxEarly 50 never binds), up to 4 crashes, each node possibly restarted.                              *)
EXTENDS PaxosConsensus
====
