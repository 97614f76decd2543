---- MODULE MCRaft3 ----
(* Raft election, 3 nodes with empty logs starting together; the first election and no faults, terms up to 2. *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
