---------------------------- MODULE TracePaxosBase ----------------------------
(***************************************************************************)
(* Trace validation of Paxos ballot leadership: is a Java trace a          *)
(* behaviour of Paxos.tla?  TracePaxos.tla (paxos) and TracePaxosLease.tla *)
(* (paxos+lease) instantiate this one with the option of the run;          *)
(* Electorate generates a module TV*.tla that instantiates those with      *)
(* Traces (the traces of one cluster, each a sequence of step records      *)
(* [i, node, action, from, type, msg, vars]) and Members.  Variable t      *)
(* picks a trace, l is the position of its next step; step l may only     *)
(* happen through the Paxos action of the same name, by the same node, on  *)
(* a message of the recorded type, sender, ballot and sentAt, leaving the  *)
(* node's variables with the recorded values.  The bounds are lifted.      *)
(*                                                                         *)
(* Time, with the lease.  A trace cannot say how real time and clocks      *)
(* moved between its steps, only what the acting node read: the Java node  *)
(* records its clock reading (variable clock) with the lease variables.   *)
(* The runs validated come from the fault classes the lease admits, all    *)
(* but clock-skew, in which the simulator's clocks run at exactly real     *)
(* time from 0; so this module takes each recorded reading as real time    *)
(* and as every node's clock: before a step whose reading is later than    *)
(* now, an Elapse step moves now and every clock to it, which is what that *)
(* many of the spec's Ticks do at the nominal rate (TickRate 1, one clock  *)
(* unit a tick, inside the drift bound), and Elapse checks Tick's guard    *)
(* for every tick it stands for: no live leader's lease falls due on the  *)
(* way, so a leader must record LeaseExpire at the reading its lease ends, *)
(* as Java's lease timer fires.  The guards of the lease (Grants, CanLead, *)
(* Extended, LeaseDue) are then checked against the recorded readings, and *)
(* the recorded leaseHolder, leaseFrom and leaseUntil against the spec's.  *)
(* Drift itself is checked by the models (MCPaxos3LeaseEarly), not here: a      *)
(* trace of drifting clocks would need each node's reading at every step.  *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members, WithLease

VARIABLES promised, round, state, promises, leader, up, msgs, crashes, early, elected, now, clock, leaseHolder, leaseFrom, leaseUntil, preparedAt, acks, t, l

Nodes == {Members[i] : i \in DOMAIN Members}

Spec == INSTANCE Paxos WITH
    Node <- Nodes,
    MaxRound <- 1000000,
    MaxCrashes <- 1000000,
    MaxEarly <- 1000000,
    Mutant <- "none",
    Boot <- "together",
    \* Java's constants: LEASE = 100 ticks, clocks within 10% (LEASE_HELD = 81), one unit a tick.
    Lease <- WithLease,
    LEASE <- 100,
    DRIFT_PER_MILLE <- 100,
    TickRate <- 1,
    MaxTime <- 1000000000

specVars == <<promised, round, state, promises, leader, up, msgs, crashes, early, elected,
              now, clock, leaseHolder, leaseFrom, leaseUntil, preparedAt, acks>>

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "promised" -> promised'[n]
      [] v = "round" -> round'[n]
      [] v = "state" -> state'[n]
      [] v = "promises" -> promises'[n]
      [] v = "leader" -> leader'[n]
      [] v = "clock" -> clock'[n]
      [] v = "leaseHolder" -> leaseHolder'[n]
      [] v = "leaseFrom" -> leaseFrom'[n]
      [] v = "leaseUntil" -> leaseUntil'[n]

\* The message a step received, lost or duplicated, as the spec writes it (type, sender, receiver,
\* ballot, a Nack's promise, a heartbeat's or an ack's sentAt).  Built rather than searched for in
\* msgs: with the lease every heartbeat is a new message, and msgs grows with the trace.
MsgOf(type, from, to, f) ==
    LET b == <<f.round, f.proposer>> IN
    CASE type = "Nack" -> Spec!Nack(from, to, b, <<f.promisedRound, f.promisedProposer>>)
      [] type = "Heartbeat" -> Spec!Heartbeat(from, to, b, f.sentAt)
      [] type = "HeartbeatAck" -> Spec!HeartbeatAck(from, to, b, f.sentAt)
      [] type = "Prepare" -> Spec!Prepare(from, to, b)
      [] type = "Promise" -> Spec!Promise(from, to, b)
      [] OTHER -> [type |-> type, from |-> from, to |-> to] \* in no msgs: a send the spec does not know

Msg(s) == MsgOf(s.type, s.from, s.node, s.msg)

\* The sends the node recorded are what the spec's action adds to the network: each recorded send is in
\* msgs after the step (a set: resending a message already there adds nothing), and each message the
\* action adds was recorded as sent.
SendsMatch(s) ==
    LET sent == {MsgOf(s.sent[i].type, s.node, s.sent[i].to, s.sent[i].msg) : i \in DOMAIN s.sent} IN
    /\ sent \subseteq msgs'
    /\ msgs' \ msgs \subseteq sent

\* Faults that last (links cut, loss, duplication, reordering, a paused process, a skewed clock)
\* only change which deliveries and timeouts happen, and the spec allows any: their onset and end
\* are stuttering steps.
Lasting == {"Partition", "Heal", "Loss", "LossEnd", "Duplication", "DuplicationEnd", "Reordering",
            "ReorderingEnd", "Pause", "Resume", "ClockSkew", "ClockSkewEnd"}

Action(s) ==
    LET n == s.node IN
    \/ s.action = "Start" /\ Spec!Start(n)
    \/ s.action = "Restart" /\ Spec!Restart(n)
    \/ s.action = "Timeout" /\ Spec!Timeout(n)
    \/ s.action = "ReceivePrepare" /\ Msg(s) \in msgs /\ Spec!ReceivePrepare(n, Msg(s))
    \/ s.action = "ReceivePromise" /\ Msg(s) \in msgs /\ Spec!ReceivePromise(n, Msg(s))
    \/ s.action = "BecomeLeader" /\ Msg(s) \in msgs /\ Spec!BecomeLeader(n, Msg(s))
    \/ s.action = "ReceiveNack" /\ Msg(s) \in msgs /\ Spec!ReceiveNack(n, Msg(s))
    \/ s.action = "ReceiveHeartbeat" /\ Msg(s) \in msgs /\ Spec!ReceiveHeartbeat(n, Msg(s))
    \/ s.action = "SendHeartbeat" /\ Spec!SendHeartbeat(n)
    \/ s.action = "ReceiveHeartbeatAck" /\ Msg(s) \in msgs /\ Spec!ReceiveHeartbeatAck(n, Msg(s))
    \/ s.action = "LeaseExpire" /\ Spec!LeaseExpire(n)
    \/ s.action = "LeaseRenewed" /\ Spec!LeaseRenewed(n)
    \/ s.action = "Crash" /\ Spec!Crash(n)
    \/ s.action = "Lose" /\ Msg(s) \in msgs /\ Spec!Lose(Msg(s))
    \/ s.action = "Duplicate" /\ Msg(s) \in msgs /\ Spec!Duplicate(Msg(s))
    \/ s.action \in Lasting /\ UNCHANGED specVars

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants ==
    IF WithLease THEN [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, Fenced |-> Spec!Fenced, Exclusive |-> Spec!Exclusive]
    ELSE [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, Fenced |-> Spec!Fenced]

TraceInit ==
    /\ t \in DOMAIN Traces
    /\ l = 1
    /\ Spec!Init

\* Real time and every clock move on to reading c: c - now of the spec's Ticks at one unit a tick,
\* each allowed only while no live leader's lease is due (clock < leaseUntil), i.e. up to its end.
Elapse(c) ==
    /\ Spec!Started /\ c > now
    /\ \A n \in Nodes : (up[n] /\ state[n] = "Leader") => c <= leaseUntil[n]
    /\ now' = c
    /\ clock' = [n \in Nodes |-> c]
    /\ UNCHANGED <<promised, round, state, promises, leader, up, msgs, crashes, early, elected>>
    /\ UNCHANGED <<leaseHolder, leaseFrom, leaseUntil, preparedAt, acks>>

\* The clock reading a lease step recorded, if later than now.
Later(s) == WithLease /\ "clock" \in DOMAIN s.vars /\ s.vars.clock # now

TraceNext ==
    /\ l <= Len(Traces[t])
    /\ LET s == Traces[t][l] IN
         IF Later(s)
         THEN Elapse(s.vars.clock) /\ UNCHANGED <<t, l>>
         ELSE /\ Action(s)
              /\ \A v \in DOMAIN s.vars : After(v, s.node) = s.vars[v]
              /\ SendsMatch(s)
              /\ l' = l + 1
              /\ UNCHANGED t
=============================================================================
