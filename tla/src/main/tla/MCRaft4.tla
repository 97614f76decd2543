---- MODULE MCRaft4 ----
(* Raft election, 4 nodes with empty logs from a settled term 1; one crash of any node (and its restart), no early timeouts, terms up to 2; safety only (VIEW leaves out dead responses). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
