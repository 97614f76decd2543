----------------------------- MODULE TraceBully -----------------------------
(***************************************************************************)
(* Trace validation of Bully: is a Java trace a behaviour of Bully.tla?    *)
(* Electorate generates a module TV*.tla that instantiates this one with  *)
(* TraceSet (the traces of one cluster, each a sequence of step records    *)
(* [i, node, action, from, type, msg, vars]) and TraceMembers (the ring).  *)
(* Variable t picks a trace, l is the position of the next step; step l    *)
(* may only happen through the Bully action of the same name, by the same  *)
(* node, on a message of the recorded type and sender, leaving the node's  *)
(* variables with the recorded values. TLC explores every trace at once;   *)
(* the furthest l reached per trace says how much of it matched.          *)
(***************************************************************************)
EXTENDS Naturals, Sequences

LOCAL INSTANCE Bags

CONSTANTS Traces, Members

VARIABLES state, leader, up, msgs, crashes, early, orphan, crashedAs, t, l

Spec == INSTANCE Bully WITH
    Node <- {Members[i] : i \in DOMAIN Members},
    MaxCrashes <- 1000000,
    MaxEarly <- 1000000,
    Crashable <- {Members[i] : i \in DOMAIN Members},
    Mutant <- "none",
    Network <- "bag",
    Boot <- "together",
    Free <- {}

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "state" -> state'[n]
      [] v = "leader" -> leader'[n]

\* A message in flight as the step describes it.
Sent(s, m) == m \in Spec!InFlight /\ m.to = s.node /\ m.from = s.from /\ m.type = s.type

Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
    \/ s.action = "Restart" /\ Spec!Restart(n)
    \/ s.action = "ReceiveElection" /\ \E m \in Spec!InFlight : Sent(s, m) /\ Spec!ReceiveElection(n, m)
    \/ s.action = "ReceiveAnswer" /\ \E m \in Spec!InFlight : Sent(s, m) /\ Spec!ReceiveAnswer(n, m)
    \/ s.action = "ReceiveCoordinator" /\ \E m \in Spec!InFlight : Sent(s, m) /\ Spec!ReceiveCoordinator(n, m)
    \/ s.action = "ReceiveHeartbeat" /\ Spec!ReceiveHeartbeat(n)
    \/ s.action = "AnswerTimeout" /\ Spec!AnswerTimeout(n)
    \/ s.action = "CoordinatorTimeout" /\ Spec!CoordinatorTimeout(n)
    \/ s.action = "HeartbeatTimeout" /\ Spec!HeartbeatTimeout(n)
    \/ s.action = "BecomeLeader" /\ Spec!BecomeLeader(n)
    \/ s.action = "SendHeartbeat" /\ Spec!SendHeartbeat(n)
    \/ s.action = "Crash" /\ Spec!Crash(n)
    \* Heartbeats are not in msgs (see Bully.tla): losing one changes nothing.
    \/ s.action = "Lose" /\ s.type = "Heartbeat" /\ UNCHANGED <<state, leader, up, msgs, crashes, early, orphan, crashedAs>>
    \/ s.action = "Lose" /\ \E m \in Spec!InFlight : Sent(s, m) /\ Spec!Lose(m)
    \* A send its sender never made: it crashed inside the reaction, whose action put the message in
    \* flight; the crash, recorded just before, takes it back (tla/README.md, Crashes inside a reaction).
    \/ s.action = "Lose" /\ ~up[s.from] /\ \E m \in Spec!InFlight : Sent(s, m) /\ msgs' = Spec!Take(m)
       /\ UNCHANGED <<state, leader, up, crashes, early, orphan, crashedAs>>

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants == [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, Validity |-> Spec!Validity]

\* A message the step recorded as sent is the spec's message m from its node (type and receiver; the
\* spec's again flag is its own).
SendIs(s, e, m) == m.from = s.node /\ m.to = e.to /\ m.type = e.type

\* The sends the node recorded are what the spec's action adds to the bag msgs: each recorded send
\* (heartbeats are not in msgs) is in flight after the step, and each message of which the step adds
\* a copy was recorded as sent.
SendsMatch(s) ==
    /\ \A i \in DOMAIN s.sent : s.sent[i].type # "Heartbeat" => \E m \in BagToSet(msgs') : SendIs(s, s.sent[i], m)
    /\ \A m \in BagToSet(msgs') : CopiesIn(m, msgs') > CopiesIn(m, msgs) => \E i \in DOMAIN s.sent : SendIs(s, s.sent[i], m)

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
