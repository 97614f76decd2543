----------------------- MODULE TraceRaftCheckQuorum -----------------------
(* Trace validation of raft+check-quorum: TraceRaftBase with the options of the run. *)
CONSTANTS Traces, Members

VARIABLES currentTerm, votedFor, state, votesGranted, leader, up, msgs, crashes, early, elected, t, l

Base == INSTANCE TraceRaftBase WITH WithPreVote <- FALSE, WithCheckQuorum <- TRUE

TraceInit == Base!TraceInit
TraceNext == Base!TraceNext
Invariants == Base!Invariants
=============================================================================
