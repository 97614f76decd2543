---- MODULE MCPaxos4 ----
(* Paxos ballot leadership, 4 nodes starting together; round 1 only, one early timeout (rival ballots of round 1), no crashes. *)
EXTENDS Paxos
====
