---- MODULE MCPaxosConsensus3_IgnoreReports ----
(* Mutant ignore-reports of Paxos with phase 2: a leader proposes any value, whatever its promise quorum reported (Agreement). *)
EXTENDS PaxosConsensus
====
