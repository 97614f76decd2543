------------------------ MODULE TraceLamportElection ------------------------
(***************************************************************************)
(* Trace validation of the Lamport-clock election: is a Java trace a       *)
(* behaviour of LamportElection.tla?  Electorate generates a module TV*.tla *)
(* that instantiates this one with Traces (the traces of one cluster, each *)
(* a sequence of step records [i, node, action, from, type, msg, vars])    *)
(* and Members.  Variable t picks a trace, l is the position of the next   *)
(* step; step l may only happen through the action of the same name, by    *)
(* the same node, on the message of the recorded type, sender and stamp,   *)
(* leaving the node's variables with the recorded values and adding to the *)
(* bag msgs exactly the messages it recorded as sent (SendsMatch).         *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Bags

CONSTANTS Traces, Members

VARIABLES state, clock, stamp, leader, oks, up, msgs, crashes, orphan, crashedAs, t, l

Spec == INSTANCE LamportElection WITH
    Node <- {Members[i] : i \in DOMAIN Members},
    MaxCrashes <- 1000000,
    Crashable <- {Members[i] : i \in DOMAIN Members},
    MaxClock <- 1000000,
    Mutant <- "none",
    Boot <- "together",
    Free <- {}

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "state" -> state'[n]
      [] v = "clock" -> clock'[n]
      [] v = "stamp" -> stamp'[n]
      [] v = "leader" -> leader'[n]
      [] v = "oks" -> oks'[n]

\* The stamp a recorded message carries, from its Java fields.
StampOf(s) ==
    CASE s.type = "Election" -> <<s.msg.clock, s.from>>
      [] s.type = "Ok" -> <<s.msg.round, s.node>>
      [] s.type = "Nack" -> <<s.msg.round, s.msg.holder>>
      [] s.type = "Leader" -> <<s.msg.round, s.from>>

\* The message in flight the step describes.
Sent(s, m) == BagIn(m, msgs) /\ m.to = s.node /\ m.from = s.from /\ m.type = s.type /\ m.stamp = StampOf(s)

Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
    \/ s.action = "Restart" /\ Spec!Restart(n)
    \/ s.action = "ReceiveElection" /\ \E m \in BagToSet(msgs) : Sent(s, m) /\ Spec!ReceiveElection(n, m)
    \/ s.action = "ReceiveOk" /\ \E m \in BagToSet(msgs) : Sent(s, m) /\ Spec!ReceiveOk(n, m)
    \/ s.action = "ReceiveNack" /\ \E m \in BagToSet(msgs) : Sent(s, m) /\ Spec!ReceiveNack(n, m)
    \/ s.action = "ReceiveLeader" /\ \E m \in BagToSet(msgs) : Sent(s, m) /\ Spec!ReceiveLeader(n, m)
    \/ s.action = "ReceiveHeartbeat" /\ Spec!ReceiveHeartbeat(n)
    \/ s.action = "SendHeartbeat" /\ Spec!SendHeartbeat(n)
    \/ s.action = "AnswerTimeout" /\ Spec!AnswerTimeout(n)
    \/ s.action = "HeartbeatTimeout" /\ Spec!HeartbeatTimeout(n)
    \/ s.action = "Crash" /\ Spec!Crash(n)
    \* Heartbeats are not in msgs (see LamportElection.tla): losing one changes nothing.
    \/ s.action = "Lose" /\ s.type = "Heartbeat" /\ UNCHANGED <<state, clock, stamp, leader, oks, up, msgs, crashes, orphan, crashedAs>>
    \/ s.action = "Lose" /\ s.type # "Heartbeat" /\ \E m \in BagToSet(msgs) : Sent(s, m) /\ Spec!Lose(m)
    \* A send its sender never made: it crashed inside the reaction, whose action put the message in
    \* flight; the crash, recorded just before, takes it back (tla/README.md, Crashes inside a reaction).
    \/ s.action = "Lose" /\ s.type # "Heartbeat" /\ ~up[s.from] /\ \E m \in BagToSet(msgs) : Sent(s, m)
       /\ msgs' = Spec!Take(m) /\ UNCHANGED <<state, clock, stamp, leader, oks, up, crashes, orphan, crashedAs>>

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants == [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, Validity |-> Spec!Validity]

\* The spec's message a send recorded by node n stands for: its stamp from the Java fields, as in
\* StampOf (an OK carries the round of the stamp its receiver, the candidate, runs with).
SentMsg(n, e) ==
    Spec!Msg(e.type, n, e.to,
             CASE e.type = "Election" -> <<e.msg.clock, n>>
               [] e.type = "Ok" -> <<e.msg.round, e.to>>
               [] e.type = "Nack" -> <<e.msg.round, e.msg.holder>>
               [] e.type = "Leader" -> <<e.msg.round, n>>)

\* The sends of a step as a bag of the spec's messages; heartbeats are not in msgs.
RECURSIVE SentBag(_, _)
SentBag(n, S) ==
    IF S = <<>> THEN EmptyBag
    ELSE (IF Head(S).type = "Heartbeat" THEN EmptyBag ELSE SetToBag({SentMsg(n, Head(S))})) (+) SentBag(n, Tail(S))

\* The sends the node recorded are what the spec's action adds to the bag msgs, copy for copy: each
\* recorded message has gained as many copies as it was recorded, and every message that gained a
\* copy was recorded. A send the node fails to make, makes twice or makes wrongly is a mismatch at
\* that step, not at a later receipt or timeout. (A crash inside the reaction is recorded after it,
\* with the sends never made as Lose steps that take them back.)
SendsMatch(s) ==
    LET B == SentBag(s.node, s.sent) IN
    /\ \A m \in BagToSet(B) : CopiesIn(m, msgs') = CopiesIn(m, msgs) + CopiesIn(m, B)
    /\ \A m \in BagToSet(msgs') : CopiesIn(m, msgs') > CopiesIn(m, msgs) => BagIn(m, B)

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
