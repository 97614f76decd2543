----------------------------- MODULE TraceRing ------------------------------
(***************************************************************************)
(* Trace validation of the ring elections: is a Java trace of LeLann or    *)
(* Chang-Roberts a behaviour of RingBase.tla with that Variant? Electorate *)
(* generates a module TV*.tla that instantiates this one with Variant      *)
(* ("lelann" or "chang-roberts"), Traces (the traces of one cluster, each  *)
(* a sequence of step records [i, node, action, from, type, msg, vars])    *)
(* and Members (the ring, in order). LeLann.tla and ChangRoberts.tla add   *)
(* nothing to RingBase but ASSUMEs on Variant and Mutant.                  *)
(* Variable t picks a trace, l is the position of its next step;           *)
(* step l may only happen through the action of the same name, by the     *)
(* same node, on the message at the head of the link from the recorded    *)
(* sender, of the recorded type and fields, leaving the node's variables   *)
(* with the recorded values. The model bounds are lifted; the early        *)
(* LeaderTimeouts of the oracle are allowed at any epoch.                  *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members, Variant

ASSUME Variant \in {"lelann", "chang-roberts"}

VARIABLES state, leader, epoch, next, seen, sent, unacked, lost, up, inc, chan, crashes, t, l

Nodes == {Members[i] : i \in DOMAIN Members}

Spec == INSTANCE RingBase WITH
    Ring <- Members,
    Variant <- Variant,
    Mutant <- "none",
    MaxCrashes <- 1000000,
    Crashable <- Nodes,
    MaxEpoch <- 1000000,
    MaxChan <- 1000000,
    Boot <- "together"

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "state" -> state'[n]
      [] v = "leader" -> leader'[n]
      [] v = "epoch" -> epoch'[n]
      [] v = "next" -> next'[n]
      [] v = "seen" -> seen'[n]

\* The message at the head of the link from the recorded sender is the recorded one.
Head1(s) ==
    LET c == chan[<<s.from, s.node>>] IN
    /\ c # <<>>
    /\ Head(c).type = s.type
    /\ \A f \in DOMAIN s.msg : Head(c)[f] = s.msg[f]

\* The message at the end of the link from the recorded sender is the recorded one.
Last1(s) ==
    LET c == chan[<<s.from, s.node>>] IN
    /\ c # <<>>
    /\ c[Len(c)].type = s.type
    /\ \A f \in DOMAIN s.msg : c[Len(c)][f] = s.msg[f]

Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
    \/ s.action = "Restart" /\ Spec!Restart(n)
    \/ s.action = "ReceiveElection" /\ Head1(s) /\ Spec!ReceiveElection(n, s.from)
    \/ s.action = "ReceiveElected" /\ Head1(s) /\ Spec!ReceiveElected(n, s.from)
    \/ s.action = "ReceiveAlive" /\ Head1(s) /\ Spec!ReceiveAlive(n, s.from)
    \/ s.action = "ReceiveAck" /\ Head1(s) /\ Spec!ReceiveAck(n, s.from)
    \/ s.action = "AckTimeout" /\ Spec!AckTimeout(n)
    \/ s.action = "LeaderTimeout" /\ Spec!LeaderTimeout(n)
    \/ s.action = "SendAlive" /\ Spec!SendAlive(n)
    \/ s.action = "Crash" /\ Spec!Crash(n)
    \/ s.action = "Lose" /\ Head1(s) /\ Spec!Lose(n, s.from)
    \* A send its sender never made: it crashed inside the reaction, whose action appended the message
    \* to the link; the crash, recorded just before, takes it back from the end (the simulator records
    \* such sends last first; tla/README.md, Crashes inside a reaction).
    \/ s.action = "Lose" /\ ~up[s.from] /\ Last1(s)
       /\ chan' = [chan EXCEPT ![<<s.from, s.node>>] = SubSeq(@, 1, Len(@) - 1)]
       /\ UNCHANGED <<state, leader, epoch, next, seen, sent, unacked, lost, up, inc, crashes>>

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
