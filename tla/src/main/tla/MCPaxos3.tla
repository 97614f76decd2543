---- MODULE MCPaxos3 ----
(* Paxos ballot leadership, 3 nodes starting together; rounds up to 2, no early timeouts, no crashes. *)
EXTENDS Paxos
====
