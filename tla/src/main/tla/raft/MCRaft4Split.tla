---- MODULE MCRaft4Split ----
(* Raft election, 4 nodes with empty logs starting together; the first election (term 1) with one early timeout (a second candidate beside the first), no crashes; safety only (VIEW leaves out dead responses). Two candidates can split term 1's votes 2 to 2 (WitnessSplitVote); with terms up to 2 the model did not finish in 6 minutes at a load average of 11. *)
EXTENDS Raft
MCLog == [n \in Node |-> <<0, 0>>]
====
