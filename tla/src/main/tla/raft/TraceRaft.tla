----------------------------- MODULE TraceRaft -----------------------------
(* Trace validation of plain Raft (no options): TraceRaftBase with the options of the run. *)
CONSTANTS Traces, Members

VARIABLES currentTerm, votedFor, state, votesGranted, leader, up, msgs, crashes, early, elected, t, l

Base == INSTANCE TraceRaftBase WITH WithPreVote <- FALSE, WithCheckQuorum <- FALSE

TraceInit == Base!TraceInit
TraceNext == Base!TraceNext
Invariants == Base!Invariants
=============================================================================
