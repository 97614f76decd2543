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
(* with the recorded values, and appending to each of its outgoing links  *)
(* exactly the messages it recorded as sent there, in order (SendsMatch).  *)
(* The model bounds are lifted; the early LeaderTimeouts of the oracle are *)
(* allowed at any epoch.                                                   *)
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

(***************************************************************************)
(* Sends. A step's messages go to the ends of the links from its node, in  *)
(* the order the node sent them (RingBase's Commit), so the sends the node *)
(* recorded to k must be, one for one and in order, what the step appended *)
(* to the link from it to k: a send the node fails to make, makes twice or  *)
(* makes wrongly is a mismatch at that step, not at a later receipt. (A    *)
(* crash inside the reaction is recorded after it, with the sends never    *)
(* made as Lose steps that take them back from the end of their links.)    *)
(***************************************************************************)

\* The messages step s appended to the link from its node to k, oldest first.
Appended(s, k) ==
    LET c == chan[<<s.node, k>>]
        c2 == chan'[<<s.node, k>>]
    IN SubSeq(c2, Len(c) + 1, Len(c2))

\* The sends step s recorded to k, in the order the node made them.
SentTo(s, k) == SelectSeq(s.sent, LAMBDA e : e.to = k)

\* The spec's message m is the recorded send e (type and every field the Java message has).
SendIs(e, m) == m.type = e.type /\ \A f \in DOMAIN e.msg : m[f] = e.msg[f]

SendsMatch(s) ==
    \A k \in Nodes :
        LET a == Appended(s, k)
            r == SentTo(s, k)
        IN Len(a) = Len(r) /\ \A i \in DOMAIN r : SendIs(r[i], a[i])

TraceInit ==
    /\ t \in DOMAIN Traces
    /\ l = 1
    /\ Spec!Init

TraceNext ==
    /\ l <= Len(Traces[t])
    /\ LET s == Traces[t][l] IN
         /\ Action(s)
         /\ \A v \in DOMAIN s.vars : After(v, s.node) = s.vars[v]
         /\ SendsMatch(s)
    /\ l' = l + 1
    /\ UNCHANGED t
=============================================================================
