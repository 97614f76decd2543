---- MODULE MCRaft3PreVote ----
(* Raft with PreVote and CheckQuorum, 3 nodes with empty logs starting together; the first election (pre-votes for term 1, then term 1), no faults; safety and Termination. *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
