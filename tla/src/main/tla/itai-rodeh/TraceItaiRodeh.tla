-------------------------- MODULE TraceItaiRodeh ---------------------------
(***************************************************************************)
(* Trace validation of Itai-Rodeh: a behaviour of ItaiRodeh.tla?           *)
(* Electorate generates a module TV*.tla that instantiates this one with  *)
(* Traces (the traces of one cluster, each a sequence of step records      *)
(* [i, node, action, from, type, msg, vars]) and Members (the ring, in      *)
(* order). Variable t picks a trace, l is the position of its next step;   *)
(* step l may only happen through the action of the same name, by the     *)
(* same process, on the message at the head of the link from its          *)
(* predecessor, of the recorded type and fields, leaving the process's     *)
(* variables with the recorded values (the drawn id pins the random draw) *)
(* and appending to its outgoing link exactly the messages it recorded as  *)
(* sent, in order (SendsMatch).                                            *)
(* Rounds are exact (RoundMod = 0), as in Java. Pauses and clock skew are  *)
(* stuttering steps: the algorithm sets no timers and a paused process's   *)
(* messages wait in order. A recorded Duplicate is the spec's Duplicate of *)
(* that message; in a run with reordering, Overtake steps may come between *)
(* the recorded ones. K is the largest id any trace draws, which is        *)
(* all the spec needs to allow each recorded draw.                         *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members

VARIABLES state, id, round, leader, chan, t, l

\* The largest id drawn in any of the traces (at least 1).
DrawBound ==
    LET steps == UNION {{Traces[i][j] : j \in DOMAIN Traces[i]} : i \in DOMAIN Traces}
        ids == {s.vars.id : s \in {s \in steps : "id" \in DOMAIN s.vars}}
    IN CHOOSE b \in ids \cup {1} : \A x \in ids : x <= b

Spec == INSTANCE ItaiRodeh WITH
    Ring <- Members,
    K <- DrawBound,
    RoundMod <- 0,
    Mutant <- "none"

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "state" -> state'[n]
      [] v = "id" -> id'[n]
      [] v = "round" -> round'[n]
      [] v = "leader" -> leader'[n]

\* The message at the head of the link from the recorded sender, n's predecessor, is the recorded one.
Head1(s) ==
    LET c == chan[s.from] IN
    /\ s.from = Spec!Pred(s.node)
    /\ c # <<>>
    /\ Head(c).type = s.type
    /\ \A f \in DOMAIN s.msg : Head(c)[f] = s.msg[f]

\* Faults that hold or slow processes, which the spec does not see, and the onsets and ends of
\* duplication and reordering (the messages they touch are steps of their own).
Stutter == {"Pause", "Resume", "ClockSkew", "ClockSkewEnd", "Duplication", "DuplicationEnd",
            "Reordering", "ReorderingEnd"}

\* The network copied the recorded message on the link from the recorded sender.
Copied(s) ==
    \E i \in DOMAIN chan[s.from] :
        /\ chan[s.from][i].type = s.type
        /\ \A f \in DOMAIN s.msg : chan[s.from][i][f] = s.msg[f]
        /\ Spec!Duplicate(s.from, i)

Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
    \/ s.action = "ReceiveElection" /\ Head1(s) /\ Spec!ReceiveElection(n)
    \/ s.action = "ReceiveElected" /\ Head1(s) /\ Spec!ReceiveElected(n)
    \/ s.action = "Duplicate" /\ Copied(s)
    \/ s.action \in Stutter /\ UNCHANGED <<state, id, round, leader, chan>>

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants == [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, Agreement |-> Spec!Agreement]

TraceInit ==
    /\ t \in DOMAIN Traces
    /\ l = 1
    /\ Spec!Init

\* A run with reordering: the simulator does not record which message overtook which, so the
\* network may let any message overtake the one ahead of it between the recorded steps.
Reorders == \E j \in DOMAIN Traces[t] : Traces[t][j].action = "Reordering"

Overtaking ==
    /\ Reorders
    /\ \E n \in Spec!Node : \E i \in 1..(Len(chan[n]) - 1) : Spec!Overtake(n, i)
    /\ UNCHANGED <<t, l>>

(***************************************************************************)
(* Sends. A process's messages go to the end of its outgoing link, to its  *)
(* successor, so the sends it recorded must be, one for one and in order,  *)
(* what the step appended there: a message it fails to pass on, passes on   *)
(* twice or passes on wrongly (a hop count, a bit) is a mismatch at that    *)
(* step, not at the successor's receipt.                                    *)
(***************************************************************************)

\* The process's own reactions; fault steps send nothing and may touch any link.
Reactions == {"Start", "ReceiveElection", "ReceiveElected"}

\* The messages step s appended to its node's outgoing link (on a ring of one, the link it takes from).
Appended(s) ==
    LET c == chan[s.node]
        c2 == chan'[s.node]
        taken == IF s.action # "Start" /\ Spec!Pred(s.node) = s.node THEN 1 ELSE 0
    IN SubSeq(c2, Len(c) - taken + 1, Len(c2))

\* The spec's message m is the recorded send e: to the successor, of its type and every Java field.
SendIs(s, e, m) ==
    /\ e.to = Spec!SuccF[s.node] /\ m.type = e.type
    /\ \A f \in DOMAIN e.msg : m[f] = e.msg[f]

SendsMatch(s) ==
    s.action \in Reactions =>
        LET a == Appended(s) IN
        Len(a) = Len(s.sent) /\ \A i \in DOMAIN s.sent : SendIs(s, s.sent[i], a[i])

Replay ==
    /\ l <= Len(Traces[t])
    /\ LET s == Traces[t][l] IN
         /\ Action(s)
         /\ \A v \in DOMAIN s.vars : After(v, s.node) = s.vars[v]
         /\ SendsMatch(s)
    /\ l' = l + 1
    /\ UNCHANGED t

TraceNext == Replay \/ Overtaking
=============================================================================
