---- MODULE MCRaft3_ForgetVote ----
(* Mutant forget-vote: TLC must report Uniqueness violated (N1 campaigns and wins with N2's vote, N2 restarts without its vote, N3 times out early in the same term and wins with it). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
