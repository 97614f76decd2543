---- MODULE MCRaft3_ForgetVote ----
(* Mutant forget-vote: TLC must report Uniqueness violated (N1 and N2 campaign in term 1, N2's timeout early; N3 votes for N1, crashes and restarts without its vote, and votes for N2 too: two leaders of term 1 after three faults). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
