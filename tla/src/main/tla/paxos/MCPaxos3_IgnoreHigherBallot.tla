---- MODULE MCPaxos3_IgnoreHigherBallot ----
(* Mutant ignore-higher-ballot: a leader preempted by an early timeout keeps leading (Termination). *)
EXTENDS Paxos
====
