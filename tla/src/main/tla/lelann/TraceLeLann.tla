------------------------------ MODULE TraceLeLann ------------------------------
(* Trace validation of LeLann: TraceRing with Variant "lelann" (the ring elections differ only there). *)
CONSTANTS Traces, Members

VARIABLES state, leader, epoch, next, seen, sent, unacked, lost, up, inc, chan, crashes, t, l

Ring == INSTANCE TraceRing WITH Variant <- "lelann"

TraceInit == Ring!TraceInit
TraceNext == Ring!TraceNext
Invariants == Ring!Invariants
=============================================================================
