---- MODULE MCPaxosConsensus3_ForgetAccepted ----
(* Mutant forget-accepted of Paxos with phase 2: a restarted acceptor forgets the value it accepted, keeping its promise (Agreement). *)
EXTENDS PaxosConsensus
====
