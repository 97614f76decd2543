------------------------------ MODULE TraceRaftBase ----------------------------
(***************************************************************************)
(* Trace validation of Raft: is a Java trace a behaviour of Raft.tla?      *)
(* TraceRaft.tla (plain Raft) and TraceRaftPreVoteCheckQuorum.tla (and the *)
(* one-option modules) instantiate this one with the options of the run;   *)
(* Electorate generates a module TV*.tla that instantiates those with      *)
(* TraceSet (the traces of one cluster, each a sequence of step records    *)
(* [i, node, action, from, type, msg, vars]) and TraceMembers (the ring).  *)
(* Variable t picks a trace, l is the position of its next step; step l    *)
(* may only happen through the Raft action of the same name, by the same   *)
(* node, on a message of the recorded type, sender and fields, leaving the *)
(* node's variables with the recorded values.  Every node has an empty log *)
(* (RaftAlgorithm's default), and the bounds are lifted.                   *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Traces, Members, WithPreVote, WithCheckQuorum

VARIABLES currentTerm, votedFor, state, votesGranted, leader, up, msgs, crashes, early, elected, t, l

Nodes == {Members[i] : i \in DOMAIN Members}

Spec == INSTANCE Raft WITH
    Node <- Nodes,
    LastLog <- [n \in Nodes |-> <<0, 0>>],
    MaxTerm <- 1000000,
    MaxCrashes <- 1000000,
    MaxEarly <- 1000000,
    Mutant <- "none",
    Boot <- "together",
    PreVote <- WithPreVote,
    CheckQuorum <- WithCheckQuorum

specVars == <<currentTerm, votedFor, state, votesGranted, leader, up, msgs, crashes, early, elected>>

\* The value a recorded variable has after the step.
After(v, n) ==
    CASE v = "currentTerm" -> currentTerm'[n]
      [] v = "votedFor" -> votedFor'[n]
      [] v = "state" -> state'[n]
      [] v = "votesGranted" -> votesGranted'[n]
      [] v = "leader" -> leader'[n]

\* A message sent so far, as the step describes it (type, sender, receiver and every field).
Sent(s, m) ==
    /\ m \in msgs /\ m.to = s.node /\ m.from = s.from /\ m.type = s.type
    /\ \A f \in DOMAIN s.msg : m[f] = s.msg[f]

\* An accepting AppendEntriesResponse is not kept in msgs (see Raft.tla): its receipt, loss
\* or duplication changes nothing.
Accepting(s) == s.type = "AppendEntriesResponse" /\ s.msg.success = TRUE

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
    \/ s.action = "ReceiveRequestVote" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveRequestVote(n, m)
    \/ s.action = "ReceiveVoteResponse" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveVoteResponse(n, m)
    \/ s.action = "BecomeLeader" /\ \E m \in msgs : Sent(s, m) /\ Spec!BecomeLeader(n, m)
    \/ s.action = "ReceiveAppendEntries" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveAppendEntries(n, m)
    \/ s.action = "ReceiveAppendResponse" /\ Accepting(s) /\ UNCHANGED specVars
    \/ s.action = "ReceiveAppendResponse" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceiveAppendResponse(n, m)
    \/ s.action = "SendHeartbeat" /\ Spec!SendHeartbeat(n)
    \/ s.action = "ReceivePreVote" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceivePreVote(n, m)
    \/ s.action = "ReceivePreVoteResponse" /\ \E m \in msgs : Sent(s, m) /\ Spec!ReceivePreVoteResponse(n, m)
    \/ s.action = "StartElection" /\ \E m \in msgs : Sent(s, m) /\ Spec!StartElection(n, m)
    \/ s.action = "QuorumHeard" /\ Spec!QuorumHeard(n)
    \/ s.action = "StepDown" /\ Spec!StepDown(n)
    \/ s.action = "Crash" /\ Spec!Crash(n)
    \/ s.action \in {"Lose", "Duplicate"} /\ Accepting(s) /\ UNCHANGED specVars
    \/ s.action = "Lose" /\ \E m \in msgs : Sent(s, m) /\ Spec!Lose(m)
    \/ s.action = "Duplicate" /\ \E m \in msgs : Sent(s, m) /\ Spec!Duplicate(m)
    \/ s.action \in Lasting /\ UNCHANGED specVars

\* The spec's safety invariants (those its passing models check), by name: trace validation
\* evaluates each on every state it reaches and reports a violation apart from a mismatch.
Invariants == [TypeOK |-> Spec!TypeOK, Uniqueness |-> Spec!Uniqueness, UpToDate |-> Spec!UpToDate]

\* A message the step recorded as sent (receiver, type, fields) is the spec's message m from its node.
SendIs(s, e, m) ==
    /\ m.from = s.node /\ m.to = e.to /\ m.type = e.type
    /\ \A f \in DOMAIN e.msg : m[f] = e.msg[f]

\* The sends the node recorded are what the spec's action adds to the network: each recorded send is in
\* msgs after the step (a set: resending a message already there adds nothing), and each message the
\* action adds was recorded as sent. Accepting AppendEntriesResponses are not kept in msgs (above).
SendsMatch(s) ==
    /\ \A i \in DOMAIN s.sent :
          ~(s.sent[i].type = "AppendEntriesResponse" /\ s.sent[i].msg.success = TRUE)
              => \E m \in msgs' : SendIs(s, s.sent[i], m)
    /\ \A m \in msgs' \ msgs : \E i \in DOMAIN s.sent : SendIs(s, s.sent[i], m)

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
