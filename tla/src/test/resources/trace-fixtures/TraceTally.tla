----------------------------- MODULE TraceTally -----------------------------
(* Trace validation of Tally.tla, as the project's Trace<Spec>.tla modules do it. *)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members

VARIABLES count, msgs, t, l

Spec == INSTANCE Tally WITH Node <- {Members[i] : i \in DOMAIN Members}

Invariants == [TypeOK |-> Spec!TypeOK, Small |-> Spec!Small]

SendIs(s, e, m) ==
    m.from = s.node /\ m.to = e.to /\ m.type = e.type /\ \A f \in DOMAIN e.msg : m[f] = e.msg[f]

SendsMatch(s) ==
    /\ \A i \in DOMAIN s.sent : \E m \in msgs' : SendIs(s, s.sent[i], m)
    /\ \A m \in msgs' \ msgs : \E i \in DOMAIN s.sent : SendIs(s, s.sent[i], m)

TraceInit == t \in DOMAIN Traces /\ l = 1 /\ Spec!Init

TraceNext ==
    /\ l <= Len(Traces[t])
    /\ LET s == Traces[t][l] IN
         /\ s.action = "Bump" /\ Spec!Bump(s.node)
         /\ count'[s.node] = s.vars.count
         /\ SendsMatch(s)
    /\ l' = l + 1
    /\ UNCHANGED t
=============================================================================
