------------------------------ MODULE TracePaxos ------------------------------
(***************************************************************************)
(* Trace validation of Paxos ballot leadership: is a Java trace a          *)
(* behaviour of Paxos.tla?  Electorate generates a module TV*.tla that     *)
(* instantiates this one with Traces (the traces of one cluster, each a    *)
(* sequence of step records [i, node, action, from, type, msg, vars]) and   *)
(* Members.  Variable t picks a trace, l is the position of its next step; *)
(* step l may only happen through the Paxos action of the same name, by    *)
(* the same node, on a message of the recorded type, sender and ballot,    *)
(* leaving the node's variables with the recorded values.  The bounds are  *)
(* lifted.                                                                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members

VARIABLES promised, round, state, promises, leader, up, msgs, crashes, early, elected, t, l

Nodes == {Members[i] : i \in DOMAIN Members}

Spec == INSTANCE Paxos WITH
    Node <- Nodes,
    MaxRound <- 1000000,
    MaxCrashes <- 1000000,
    MaxEarly <- 1000000,
    Mutant <- "none",
    Boot <- "together"

specVars == <<promised, round, state, promises, leader, up, msgs, crashes, early, elected>>

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "promised" -> promised'[n]
      [] v = "round" -> round'[n]
      [] v = "state" -> state'[n]
      [] v = "promises" -> promises'[n]
      [] v = "leader" -> leader'[n]

\* A message sent so far, as the step describes it (type, sender, receiver, ballot, and a Nack's promise).
Sent(s, m) ==
    /\ m \in msgs /\ m.to = s.node /\ m.from = s.from /\ m.type = s.type
    /\ m.bal = <<s.msg.round, s.msg.proposer>>
    /\ s.type = "Nack" => m.promised = <<s.msg.promisedRound, s.msg.promisedProposer>>

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
    \/ s.action = "ReceivePrepare" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceivePrepare(n, m)
    \/ s.action = "ReceivePromise" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceivePromise(n, m)
    \/ s.action = "BecomeLeader" /\ \E m \in msgs : Sent(s, m) /\ Spec!BecomeLeader(n, m)
    \/ s.action = "ReceiveNack" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveNack(n, m)
    \/ s.action = "ReceiveHeartbeat" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveHeartbeat(n, m)
    \/ s.action = "SendHeartbeat" /\ Spec!SendHeartbeat(n)
    \/ s.action = "Crash" /\ Spec!Crash(n)
    \/ s.action = "Lose" /\ \E m \in msgs : Sent(s, m) /\ Spec!Lose(m)
    \/ s.action = "Duplicate" /\ \E m \in msgs : Sent(s, m) /\ Spec!Duplicate(m)
    \/ s.action \in Lasting /\ UNCHANGED specVars

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
