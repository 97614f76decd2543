--------------------------- MODULE TraceEtcdRecipe ---------------------------
(***************************************************************************)
(* Trace validation of the etcd election recipe: is a Java trace a         *)
(* behaviour of EtcdRecipe.tla?  Electorate generates a module TV*.tla     *)
(* that instantiates this one with Traces (the traces of one cluster, each *)
(* a sequence of step records [i, node, action, from, type, msg, vars])    *)
(* and Members; the member with the highest id is the service.  Variable t *)
(* picks a trace, l is the position of its next step; step l may only      *)
(* happen through the EtcdRecipe action of the same name, by the same      *)
(* node, on a message of the recorded type, sender and fields, leaving the *)
(* node's variables with the recorded values.  The bounds are lifted.      *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members

VARIABLES cstate, attempt, rev, watched, leader, leaderRev, sstate, revision, granted, leases, keys, watches, fence, writes, restarted, firsts, msgs, crashes, pauses, t, l

Nodes == {Members[i] : i \in DOMAIN Members}
Svc == CHOOSE s \in Nodes : \A n \in Nodes : n <= s

Spec == INSTANCE EtcdRecipe WITH
    Client <- Nodes \ {Svc},
    Service <- Svc,
    MaxAttempts <- 1000000,
    MaxCrashes <- 1000000,
    MaxPauses <- 1000000,
    Mutant <- "none",
    Observe <- TRUE

specVars == <<cstate, attempt, rev, watched, leader, leaderRev, sstate, revision, granted, leases, keys,
              watches, fence, writes, restarted, firsts, msgs, crashes, pauses>>

AsSet(s) == {s[i] : i \in DOMAIN s}

\* The value a recorded variable has after the step (the service records its list of watches).
After(v, n) ==
    CASE v = "cstate" -> cstate'[n]
      [] v = "attempt" -> attempt'[n]
      [] v = "rev" -> rev'[n]
      [] v = "watched" -> watched'[n]
      [] v = "leader" -> leader'[n]
      [] v = "leaderRev" -> leaderRev'[n]
      [] v = "revision" -> revision'
      [] v = "granted" -> granted'
      [] v = "leases" -> leases'
      [] v = "keys" -> keys'
      [] v = "watches" -> watches'
      [] v = "fence" -> fence'

Recorded(v, n, s) == IF v = "watches" THEN AsSet(s.vars[v]) ELSE s.vars[v]

\* The spec's name for a Java message field: a range's maxCreateRev and a write's token go in rev.
Field(f) == IF f \in {"maxCreateRev", "token"} THEN "rev" ELSE f

\* A message sent so far, as the step describes it (a keep-alive's sentAt is a matter of time).
Sent(s, m) ==
    /\ m \in msgs /\ m.to = s.node /\ m.from = s.from /\ m.type = s.type
    /\ \A f \in DOMAIN s.msg \ {"sentAt"} : m[Field(f)] = s.msg[f]

\* Keep-alives, their answers and the question who leads are not in the spec's msgs.
Untracked == {"KeepAlive", "KeepAliveOk", "GetLeader", "LeaderIs"}

\* Faults that last only change which deliveries and timeouts happen, and the spec allows any:
\* their onset and end are stuttering steps.
Lasting == {"Partition", "Heal", "Loss", "LossEnd", "Duplication", "DuplicationEnd", "Reordering",
            "ReorderingEnd", "Pause", "Resume", "ClockSkew", "ClockSkewEnd"}

Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
    \/ s.action = "Restart" /\ Spec!Restart(n)
    \/ s.action = "ReceiveGranted" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveGranted(n, m)
    \/ s.action = "ReceivePutResult" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceivePutResult(n, m)
    \/ s.action = "ReceiveRangeResult" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveRangeResult(n, m)
    \/ s.action = "BecomeLeader" /\ \E m \in msgs : Sent(s, m) /\ Spec!BecomeLeader(n, m)
    \/ s.action = "ReceiveDeleted" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveDeleted(n, m)
    \/ s.action = "ReceiveKeepAliveOk" /\ Spec!ReceiveKeepAliveOk(n)
    \/ s.action = "ReceiveExpired" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveExpired(n, m)
    \/ s.action = "ReceiveLeaderIs"
       /\ \E f \in firsts : f.key = s.msg.key /\ f.rev = s.msg.rev /\ Spec!ReceiveLeaderIs(n, f)
    \/ s.action = "SendKeepAlive" /\ Spec!SendKeepAlive(n)
    \/ s.action = "LeaseTimeout" /\ Spec!LeaseTimeout(n)
    \/ s.action = "Retry" /\ Spec!Retry(n)
    \/ s.action = "SendWrite" /\ Spec!SendWrite(n)
    \/ s.action = "ServiceStart" /\ Spec!ServiceStart
    \/ s.action = "ServiceRestart" /\ Spec!ServiceRestart
    \/ s.action = "Grant" /\ \E m \in msgs : Sent(s, m) /\ Spec!Grant(m)
    \/ s.action = "Put" /\ \E m \in msgs : Sent(s, m) /\ Spec!Put(m)
    \/ s.action = "Range" /\ \E m \in msgs : Sent(s, m) /\ Spec!Range(m)
    \/ s.action = "Watch" /\ \E m \in msgs : Sent(s, m) /\ Spec!Watch(m)
    \/ s.action = "KeepAlive" /\ Spec!KeepAlive(s.msg.lease)
    \/ s.action = "GetLeader" /\ Spec!GetLeader
    \/ s.action = "AcceptWrite" /\ \E m \in msgs : Sent(s, m) /\ Spec!AcceptWrite(m)
    \/ s.action = "RejectWrite" /\ \E m \in msgs : Sent(s, m) /\ Spec!RejectWrite(m)
    \/ s.action = "Expire" /\ \E x \in leases : Spec!Expire(x)
    \/ s.action = "Crash" /\ IF n = Svc THEN Spec!ServiceCrash ELSE Spec!Crash(n)
    \/ s.action \in {"Lose", "Duplicate"}
       /\ (s.type \in Untracked \/ \E m \in msgs : Sent(s, m))
       /\ UNCHANGED specVars
    \/ s.action \in Lasting /\ UNCHANGED specVars

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants == [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, Fenced |-> Spec!Fenced, TokensIncrease |-> Spec!TokensIncrease, NoLateWrite |-> Spec!NoLateWrite]

\* A message the step recorded as sent (receiver, type, fields) is the spec's message m from its node.
SendIs(s, e, m) ==
    /\ m.from = s.node /\ m.to = e.to /\ m.type = e.type
    /\ \A f \in DOMAIN e.msg \ {"sentAt"} : m[Field(f)] = e.msg[f]

\* The sends the node recorded are what the spec's action adds to the network: each recorded send is in
\* msgs after the step (a set: resending a message already there adds nothing), and each message the
\* action adds was recorded as sent. Untracked messages are not in msgs. The spec's Expire puts in msgs
\* the Expired answer that the Java service sends later, to the owner's next keep-alive (Untracked).
SendsMatch(s) ==
    /\ \A i \in DOMAIN s.sent : s.sent[i].type \notin Untracked => \E m \in msgs' : SendIs(s, s.sent[i], m)
    /\ \A m \in msgs' \ msgs :
          \/ s.action = "Expire" /\ m.type = "Expired"
          \/ \E i \in DOMAIN s.sent : SendIs(s, s.sent[i], m)

TraceInit ==
    /\ t \in DOMAIN Traces
    /\ l = 1
    /\ Spec!Init

TraceNext ==
    /\ l <= Len(Traces[t])
    /\ LET s == Traces[t][l] IN
         /\ Action(s)
         /\ \A v \in DOMAIN s.vars : After(v, s.node) = Recorded(v, s.node, s)
         /\ SendsMatch(s)
    /\ l' = l + 1
    /\ UNCHANGED t
=============================================================================
