---- MODULE MCRaft3PreVoteFaults ----
(* Raft with PreVote and CheckQuorum, 3 nodes with empty logs from a settled term 1; one crash of any node (and its restart), terms up to 2; safety only (VIEW leaves out dead responses). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
