---- MODULE MCPaxos3Faults ----
(* Paxos ballot leadership, 3 nodes from a settled election (1 leads <<1, 1>>); safety only: rounds up to 2, one early timeout, one crash. *)
EXTENDS Paxos
====
