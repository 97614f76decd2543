---- MODULE MCRaft3_ForgetVote ----
(* Mutant forget-vote: TLC must report Uniqueness violated (N2 votes, restarts without its vote, a second candidate of the same term wins it). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
