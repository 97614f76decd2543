------------------------- MODULE TraceRaftPreVote -------------------------
(* Trace validation of raft+pre-vote: TraceRaftBase with the options of the run. *)
CONSTANTS Traces, Members

VARIABLES currentTerm, votedFor, state, votesGranted, leader, up, msgs, crashes, early, elected, t, l

Base == INSTANCE TraceRaftBase WITH WithPreVote <- TRUE, WithCheckQuorum <- FALSE

TraceInit == Base!TraceInit
TraceNext == Base!TraceNext
Invariants == Base!Invariants
=============================================================================
