---- MODULE MCRaft3_IgnoreHigherTerm ----
(* Mutant ignore-higher-term: TLC must report Termination violated (after an early timeout elects a new leader, the old one never steps down). *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
