---- MODULE MCRaft3Faults ----
(* Raft election, 3 nodes with empty logs from a settled term 1; one crash of any node (and its restart, currentTerm and votedFor kept), one early timeout, terms up to 2; safety only (VIEW leaves out dead responses). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
