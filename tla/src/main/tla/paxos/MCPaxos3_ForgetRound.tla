---- MODULE MCPaxos3_ForgetRound ----
(* Mutant forget-round: a restarted proposer leads its old ballot again (Uniqueness per ballot). *)
EXTENDS Paxos
====
