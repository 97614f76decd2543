-------------------- MODULE TraceRaftPreVoteCheckQuorum --------------------
(* Trace validation of raft+pre-vote+check-quorum: TraceRaftBase with the options of the run. *)
CONSTANTS Traces, Members

VARIABLES currentTerm, votedFor, state, votesGranted, leader, up, msgs, crashes, early, elected, t, l

Base == INSTANCE TraceRaftBase WITH WithPreVote <- TRUE, WithCheckQuorum <- TRUE

TraceInit == Base!TraceInit
TraceNext == Base!TraceNext
Invariants == Base!Invariants
=============================================================================
