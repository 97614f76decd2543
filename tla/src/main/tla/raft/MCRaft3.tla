---- MODULE MCRaft3 ----
(* Raft election, 3 nodes with empty logs from a settled term 1 (node 1 leads); two early timeouts (a lost heartbeat, a second campaign beside the first: two live candidates), terms up to 2, no crashes; safety and Termination. *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
