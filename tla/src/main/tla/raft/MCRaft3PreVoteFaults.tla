---- MODULE MCRaft3PreVoteFaults ----
(* Raft with PreVote and CheckQuorum, 3 nodes with empty logs from a settled term 1; one crash of any node (and its restart), one early event (a timeout beside a campaign or a leader, a lease answer or a StepDown that synchrony would not give), terms up to 2; safety only (VIEW leaves out dead responses). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
