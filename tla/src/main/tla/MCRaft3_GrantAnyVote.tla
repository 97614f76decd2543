---- MODULE MCRaft3_GrantAnyVote ----
(* Mutant grant-any-vote: TLC must report Uniqueness violated (a node votes for two candidates of one term). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
