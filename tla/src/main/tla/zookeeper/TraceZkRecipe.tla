---------------------------- MODULE TraceZkRecipe ----------------------------
(***************************************************************************)
(* Trace validation of the ZooKeeper recipe: is a Java trace a behaviour   *)
(* of ZkRecipe.tla?  Electorate generates a module TV*.tla that            *)
(* instantiates this one with Traces (the traces of one cluster, each a    *)
(* sequence of step records [i, node, action, from, type, msg, vars]) and  *)
(* Members; the service is the highest member.  Variable t picks a trace,  *)
(* l is the position of its next step; step l may only happen through the  *)
(* ZkRecipe action of the same name, by the same node, on a message of the *)
(* recorded type, sender and fields (the clients' sentAt clock readings    *)
(* have no counterpart in the spec and are not compared), leaving the      *)
(* node's variables with the recorded values.  The bounds are lifted.     *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members

VARIABLES status, phase, attempt, session, seq, pred, leader, leaderSeq, sessions, expired, znodes, watches, nextSeq, fence, msgs, writes, restarted, crashes, expiries, suspicions, t, l

Nodes == {Members[i] : i \in DOMAIN Members}
TheService == CHOOSE s \in Nodes : \A n \in Nodes : n <= s

Spec == INSTANCE ZkRecipe WITH
    Service <- TheService,
    Client <- Nodes \ {TheService},
    MaxExpiries <- 1000000,
    MaxSuspicions <- 1000000,
    MaxCrashes <- 1000000,
    Mutant <- "none",
    Boot <- "together"

specVars == <<status, phase, attempt, session, seq, pred, leader, leaderSeq, sessions, expired, znodes,
              watches, nextSeq, fence, msgs, writes, restarted, crashes, expiries, suspicions>>

AsSet(s) == {s[i] : i \in DOMAIN s}

\* The recorded value val of variable v of node n is the one the step leaves.
Matches(v, n, val) ==
    CASE v = "phase" -> phase'[n] = val
      [] v = "attempt" -> attempt'[n] = val
      [] v = "session" -> session'[n] = val
      [] v = "seq" -> seq'[n] = val
      [] v = "pred" -> pred'[n] = val
      [] v = "leader" -> leader'[n] = val
      [] v = "leaderSeq" -> leaderSeq'[n] = val
      [] v = "sessions" -> sessions' = val
      [] v = "expired" -> expired' = val
      [] v = "znodes" -> znodes' = AsSet(val)
      [] v = "watches" -> watches' = AsSet(val)
      [] v = "nextSeq" -> nextSeq' = val
      [] v = "fence" -> fence' = val

Header == {"type", "from", "to"}

\* A message sent so far, as the step describes it: type, sender, receiver and every spec field.
Sent(s, m) ==
    /\ m \in msgs /\ m.to = s.node /\ m.from = s.from /\ m.type = s.type
    /\ \A f \in DOMAIN m \ Header : m[f] = s.msg[f]

\* Faults that last only change which deliveries and timeouts happen, and the spec allows any:
\* their onset and end are stuttering steps.
Lasting == {"Partition", "Heal", "Loss", "LossEnd", "Duplication", "DuplicationEnd", "Reordering",
            "ReorderingEnd", "Pause", "Resume", "ClockSkew", "ClockSkewEnd"}


Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
    \/ s.action = "Restart" /\ Spec!Restart(n)
    \/ s.action = "Crash" /\ Spec!Crash(n)
    \/ s.action = "SendHeartbeat" /\ Spec!SendHeartbeat(n)
    \/ s.action = "SessionTimeout" /\ Spec!SessionTimeout(n)
    \* A session timer that finds its deadline moved on (a heartbeat ack came, or a skewed clock ran the
    \* timer out early) does nothing: a stuttering step; the spec has no clocks to say when one is due.
    \/ s.action = "SessionTimeout" /\ UNCHANGED specVars
    \/ s.action = "SendWrite" /\ Spec!SendWrite(n)
    \/ s.action = "Expire" /\ \E x \in sessions : Spec!Expire(x)
    \/ s.action = "ReceiveSessionOpened" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveSessionOpened(n, m)
    \/ s.action = "ReceiveCreated" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveCreated(n, m)
    \/ s.action = "ReceiveChildren" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveChildren(n, m)
    \/ s.action = "ReceiveExistsReply" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveExistsReply(n, m)
    \/ s.action = "ReceiveWatchFired" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveWatchFired(n, m)
    \/ s.action = "ReceiveHeartbeatAck" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveHeartbeatAck(n, m)
    \/ s.action = "ReceiveSessionExpired" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveSessionExpired(n, m)
    \/ s.action = "ReceiveOpenSession" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveOpenSession(m)
    \/ s.action = "ReceiveCreate" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveCreate(m)
    \/ s.action = "ReceiveGetChildren" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveGetChildren(m)
    \/ s.action = "ReceiveExists" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveExists(m)
    \/ s.action = "ReceiveHeartbeat" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveHeartbeat(m)
    \/ s.action = "AcceptWrite" /\ \E m \in msgs : Sent(s, m) /\ Spec!AcceptWrite(m)
    \/ s.action = "RejectWrite" /\ \E m \in msgs : Sent(s, m) /\ Spec!RejectWrite(m)
    \/ s.action = "Lose" /\ \E m \in msgs : Sent(s, m) /\ Spec!Lose(m)
    \/ s.action = "Duplicate" /\ \E m \in msgs : Sent(s, m) /\ Spec!Duplicate(m)
    \/ s.action \in Lasting /\ UNCHANGED specVars

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants == [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, FencedWrites |-> Spec!FencedWrites, TokensIncrease |-> Spec!TokensIncrease, NoLateWrite |-> Spec!NoLateWrite]

\* A message the step recorded as sent (receiver, type, fields) is the spec's message m from its node.
SendIs(s, e, m) ==
    /\ m.from = s.node /\ m.to = e.to /\ m.type = e.type
    /\ \A f \in DOMAIN m \ Header : m[f] = e.msg[f]

\* The sends the node recorded are what the spec's action adds to the network: each recorded send is in
\* msgs after the step (a set: resending a message already there adds nothing), and each message the
\* action adds was recorded as sent.
SendsMatch(s) ==
    /\ \A i \in DOMAIN s.sent : \E m \in msgs' : SendIs(s, s.sent[i], m)
    /\ \A m \in msgs' \ msgs : \E i \in DOMAIN s.sent : SendIs(s, s.sent[i], m)

TraceInit ==
    /\ t \in DOMAIN Traces
    /\ l = 1
    /\ Spec!Init

TraceNext ==
    /\ l <= Len(Traces[t])
    /\ LET s == Traces[t][l] IN
         /\ Action(s)
         /\ \A v \in DOMAIN s.vars : Matches(v, s.node, s.vars[v])
         /\ SendsMatch(s)
    /\ l' = l + 1
    /\ UNCHANGED t
=============================================================================
