---- MODULE MCPaxos3 ----
(* Paxos ballot leadership, 3 nodes starting together; round 1 only, one early timeout (rival ballots of round 1), no crashes. *)
EXTENDS Paxos
====
