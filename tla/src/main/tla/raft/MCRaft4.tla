---- MODULE MCRaft4 ----
(* Raft election, 4 nodes with empty logs starting together; the first election (term 1), no faults; safety and Termination. (One crash from a settled term, safety only, is too slow for the default suite.) *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
