---- MODULE MCPaxos4 ----
(* Paxos ballot leadership, 4 nodes starting together; rounds up to 2, no early timeouts, no crashes. *)
EXTENDS Paxos
====
