---- MODULE MCRaft4 ----
(* Raft election, 4 nodes with empty logs from a settled term 1; one crash of any node (and its restart), terms up to 2. Safety only (Termination: MCRaft3, MCRaft3_IgnoreHigherTerm). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
