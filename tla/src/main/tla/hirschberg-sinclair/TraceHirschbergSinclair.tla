---------------------- MODULE TraceHirschbergSinclair -----------------------
(***************************************************************************)
(* Trace validation of Hirschberg-Sinclair: a behaviour of                 *)
(* HirschbergSinclair.tla? Electorate generates a module TV*.tla that      *)
(* instantiates this one with Traces (the traces of one cluster, each a     *)
(* sequence of step records [i, node, action, from, type, msg, vars]) and   *)
(* Members (the ring, in order). Variable t picks a trace, l is the        *)
(* position of its next step; step l may only happen through the action of *)
(* the same name, by the same node, on a message sent to it by the recorded *)
(* sender with the recorded type and fields, leaving the node's variables   *)
(* with the recorded values. A receipt is matched with the spec's Receive   *)
(* actions themselves, so a Java receipt that changes nothing must change   *)
(* nothing in the spec too. The sends the node recorded must be the set of  *)
(* messages the spec's action sends (SendsAre), one recorded send each:     *)
(* msgs only grows and is a set, so comparing it before and after the step *)
(* would miss a message sent again, and a missing one would never show.     *)
(*                                                                         *)
(* The faults the spec admits leave its state as it is: a Duplicate (the    *)
(* network delivers a message a second time, which the spec allows since a  *)
(* message is never consumed; the copy must be one that was sent), and the  *)
(* onsets and ends of reordering, duplication, pauses and clock skew (the   *)
(* spec has no link order and no time). Crashes and losses have no match:   *)
(* they lie outside the spec's assumptions.                                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Traces, Members

VARIABLES state, leader, phase, replies, msgs, t, l

Spec == INSTANCE HirschbergSinclair WITH Ring <- Members, Mutant <- "none"

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "state" -> state'[n]
      [] v = "leader" -> leader'[n]
      [] v = "phase" -> phase'[n]
      [] v = "replies" -> replies'[n]

\* m is the recorded message: sent by the recorded sender, of the recorded type and fields.
Matches(m, s) ==
    /\ m.from = s.from
    /\ m.type = s.type
    /\ \A f \in DOMAIN s.msg : m[f] = s.msg[f]

Unchanged == UNCHANGED <<state, leader, phase, replies, msgs>>

Silent == {"Pause", "Resume", "ClockSkew", "ClockSkewEnd", "Reordering", "ReorderingEnd",
           "Duplication", "DuplicationEnd"}

\* The spec's message m is the send e recorded by node n (receiver, type and every Java field).
SendIs(n, e, m) ==
    /\ m.from = n /\ m.to = e.to /\ m.type = e.type
    /\ \A f \in DOMAIN e.msg : m[f] = e.msg[f]

\* The step's recorded sends are the set S the spec's action sends, one recorded send per message.
SendsAre(s, S) ==
    /\ Len(s.sent) = Cardinality(S)
    /\ \A i \in DOMAIN s.sent : \E m \in S : SendIs(s.node, s.sent[i], m)
    /\ \A m \in S : \E i \in DOMAIN s.sent : SendIs(s.node, s.sent[i], m)

Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
       /\ SendsAre(s, IF Spec!N = 1 THEN {} ELSE Spec!Probes(n, 0))
    \/ s.action = "ReceiveProbe" /\ \E m \in msgs[n] :
           Matches(m, s) /\ Spec!ReceiveProbe(n, m) /\ SendsAre(s, Spec!OnProbe(n, Spec!Local(n), m)[2])
    \/ s.action = "ReceiveReply" /\ \E m \in msgs[n] :
           Matches(m, s) /\ Spec!ReceiveReply(n, m) /\ SendsAre(s, Spec!OnReply(n, Spec!Local(n), m)[2])
    \/ s.action = "ReceiveElected" /\ \E m \in msgs[n] :
           Matches(m, s) /\ Spec!ReceiveElected(n, m) /\ SendsAre(s, Spec!OnElected(n, Spec!Local(n), m)[2])
    \/ s.action = "Duplicate" /\ (\E m \in msgs[n] : Matches(m, s)) /\ Unchanged
    \/ s.action \in Silent /\ Unchanged

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants == [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, Validity |-> Spec!Validity]

TraceInit ==
    /\ t \in DOMAIN Traces
    /\ l = 1
    /\ Spec!Init

TraceNext ==
    /\ l <= Len(Traces[t])
    /\ LET s == Traces[t][l] IN
         /\ Action(s)
         /\ \A v \in DOMAIN s.vars : After(v, s.node) = s.vars[v]
    /\ l' = l + 1
    /\ UNCHANGED t
=============================================================================
