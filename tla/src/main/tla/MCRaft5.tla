---- MODULE MCRaft5 ----
(* Raft election, 5 nodes with empty logs from a settled term 1; one crash of any node (and its restart), terms up to 2. Safety only. *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
