---- MODULE MCPaxos3_ForgetRound1 ----
(* Mutant forget-round within round 1 only: a restarted proposer leads its old ballot <<1, n>> again (Uniqueness per ballot). *)
EXTENDS Paxos
====
