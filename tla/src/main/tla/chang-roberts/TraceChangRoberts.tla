--------------------------- MODULE TraceChangRoberts ---------------------------
(* Trace validation of ChangRoberts: TraceRing with Variant "chang-roberts" (the ring elections differ only there). *)
CONSTANTS Traces, Members

VARIABLES state, leader, epoch, next, seen, sent, unacked, lost, up, inc, chan, crashes, t, l

Ring == INSTANCE TraceRing WITH Variant <- "chang-roberts"

TraceInit == Ring!TraceInit
TraceNext == Ring!TraceNext
Invariants == Ring!Invariants
=============================================================================
