----------------------------- MODULE TracePaxos -----------------------------
(* Trace validation of paxos (no lease): TracePaxosBase with the option of the run. *)
CONSTANTS Traces, Members

VARIABLES promised, round, state, promises, leader, up, msgs, crashes, early, elected, now, clock, leaseHolder, leaseFrom, leaseUntil, preparedAt, acks, t, l

Base == INSTANCE TracePaxosBase WITH WithLease <- FALSE

TraceInit == Base!TraceInit
TraceNext == Base!TraceNext
Invariants == Base!Invariants
==============================================================================
