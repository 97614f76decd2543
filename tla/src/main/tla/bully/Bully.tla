-------------------------------- MODULE Bully --------------------------------
(***************************************************************************)
(* Garcia-Molina's Bully election (1982) with a heartbeat failure detector,*)
(* the specification of impl/src/main/java/dev/electorate/impl/bully.      *)
(* The per-node variables (state, leader) and the action names are the ones*)
(* the Java node records, so a Java trace reads as a behaviour of this spec.*)
(*                                                                         *)
(* Synchrony.  Bully is correct only with a known bound on message delay:  *)
(* the Java node turns "no reply within k * MAX_DELAY ticks" into "the     *)
(* other node is dead".  This module has no clocks; it states the same     *)
(* assumption as failure-detector oracles: AnswerTimeout and               *)
(* HeartbeatTimeout are enabled only once what they wait for can no longer *)
(* come (every ELECTION was taken and no ANSWER is on its way; the followed*)
(* node is down or no longer the leader); CoordinatorTimeout once no       *)
(* COORDINATOR is on its way (or early, at most MaxEarly times).           *)
(* BecomeLeader, the end of the                                            *)
(* announce-then-assume delay (MAX_DELAY + 1 ticks in Java), is enabled    *)
(* only once every COORDINATOR the node sent has been delivered or lost.   *)
(*                                                                         *)
(* The network holds the ELECTION, ANSWER and COORDINATOR messages in      *)
(* flight, unordered: weaker than the FIFO links the Java side assumes, so *)
(* no property here relies on FIFO. A COORDINATOR repeated to a candidate  *)
(* (again = TRUE) is told apart from the announcement, as only the         *)
(* announcement is waited for. The constant Network says whether equal     *)
(* messages in flight merge ("set") or stay apart ("bag").  The models use *)
(* the set: with a bag even the 3-node model with two crashes does not    *)
(* finish in minutes.  Trace validation uses the bag, as a                 *)
(* Java run may have two equal messages in flight (an ANSWER to a node's   *)
(* first incarnation and one to its second, after a quick restart).        *)
(* Messages to a down node may be lost (Lose) or, if it restarts first,    *)
(* delivered to the new incarnation, as in the simulator.                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, Bags

CONSTANTS
    Node,        \* the node ids: a finite set of positive integers
    MaxCrashes,  \* how many Crash steps one behaviour may take, so models are finite
    Crashable,   \* the nodes that may crash (all of them, except in the largest model)
    MaxEarly,    \* how many CoordinatorTimeouts may come early (see CoordinatorTimeout)
    Mutant,      \* "none" for the algorithm; otherwise the name of the one guard it weakens
    Network,     \* "set": equal messages in flight merge (the models); "bag": they stay apart (traces)
    Boot,        \* "together": all nodes start, as in the simulator; "settled": begin where
                 \* that ends, the highest id leading, so larger models can afford faults
    Free         \* the timers that may fire at any time, without their oracle (a subset of
                 \* {"answer", "coordinator", "heartbeat"}; {} keeps every oracle; see Timeouts)

VARIABLES
    state,       \* state[n]: "Idle", "Election", "Waiting", "Announcing", "Leader", "Follower" ("Down" while crashed)
    leader,      \* leader[n]: the id n believes leads, 0 for none
    up,          \* up[n]: n is running
    msgs,        \* messages in flight: a set, or a bag, of records [type, from, to, again]
    crashes,     \* Crash steps taken so far
    early,       \* early CoordinatorTimeouts taken so far
    orphan,      \* orphan[n]: the incarnation n follows is gone: it crashed since n began following it, or was down when its COORDINATOR reached n (ghost:
                 \* its heartbeats stopped, so n's timer runs out even if it is back)
    crashedAs    \* history, read by no action (only by the witnesses): the pairs <<n, s>> such
                 \* that n crashed in state s, for s "Leader" or "Follower"

vars == <<state, leader, up, msgs, crashes, early, orphan, crashedAs>>

None == 0
States == {"Idle", "Election", "Waiting", "Announcing", "Leader", "Follower", "Down"}
Types == {"Election", "Answer", "Coordinator"}
Messages == [type : Types, from : Node, to : Node, again : BOOLEAN]
Mutants == {"none", "no-answer", "assume-at-once", "no-heartbeat-timeout"}

ASSUME Mutant \in Mutants
ASSUME Network \in {"set", "bag"}
ASSUME Boot \in {"together", "settled"}
ASSUME Crashable \subseteq Node
ASSUME MaxEarly \in Nat
ASSUME Free \subseteq {"answer", "coordinator", "heartbeat"}
ASSUME MaxCrashes \in Nat /\ MaxCrashes < Cardinality(Node)   \* someone is always up

Msg(t, f, d) == [type |-> t, from |-> f, to |-> d, again |-> FALSE]
\* A COORDINATOR sent outside the announcement, to one candidate.
Repeat(f, d) == [type |-> "Coordinator", from |-> f, to |-> d, again |-> TRUE]
InFlight == IF Network = "set" THEN msgs ELSE BagToSet(msgs)
Plus(B, S) == IF Network = "set" THEN B \cup S ELSE B (+) SetToBag(S)
Take(m) == IF Network = "set" THEN msgs \ {m} ELSE msgs (-) SetToBag({m})
Higher(n) == {h \in Node : h > n}
Lower(n) == {l \in Node : l < n}
Leading == {"Announcing", "Leader"}

TypeOK ==
    /\ state \in [Node -> States]
    /\ leader \in [Node -> Node \cup {None}]
    /\ up \in [Node -> BOOLEAN]
    /\ IF Network = "set" THEN msgs \subseteq Messages ELSE IsABag(msgs) /\ InFlight \subseteq Messages
    /\ crashes \in 0..MaxCrashes
    /\ early \in 0..MaxEarly
    /\ orphan \in [Node -> BOOLEAN]
    /\ crashedAs \subseteq Node \X {"Leader", "Follower"}
    /\ \A n \in Node : state[n] = "Follower" => leader[n] \in Higher(n)

Top == CHOOSE t \in Node : \A n \in Node : n <= t

Init ==
    /\ IF Boot = "together"
       THEN /\ state = [n \in Node |-> "Idle"]
            /\ leader = [n \in Node |-> None]
       ELSE /\ state = [n \in Node |-> IF n = Top THEN "Leader" ELSE "Follower"]
            /\ leader = [n \in Node |-> Top]
    /\ up = [n \in Node |-> TRUE]
    /\ msgs = IF Network = "set" THEN {} ELSE EmptyBag
    /\ crashes = 0
    /\ early = 0
    /\ orphan = [n \in Node |-> FALSE]
    /\ crashedAs = {}

(* Helpers, not actions: they set state, leader and msgs, where pending is   *)
(* msgs minus the message the step consumed.                                 *)

\* Wins: COORDINATOR to every lower id; leads only once they have arrived (BecomeLeader).
Announce(n, pending) ==
    /\ state' = [state EXCEPT ![n] = "Announcing"]
    /\ leader' = [leader EXCEPT ![n] = n]
    /\ orphan' = [orphan EXCEPT ![n] = FALSE]
    /\ msgs' = Plus(pending, {Msg("Coordinator", n, l) : l \in Lower(n)})

\* ELECTION to every higher id; the highest id has nobody to ask and wins at once.
StartElection(n, pending) ==
    IF Higher(n) = {}
    THEN Announce(n, pending)
    ELSE /\ state' = [state EXCEPT ![n] = "Election"]
         /\ leader' = [leader EXCEPT ![n] = None]
         /\ orphan' = [orphan EXCEPT ![n] = FALSE]
         /\ msgs' = Plus(pending, {Msg("Election", n, h) : h \in Higher(n)})

(***************************************************************************)
(* Node actions, in the order of Bully.java.                                *)
(***************************************************************************)

\* Every node starts at tick 0 in the simulator, before any message or fault can arrive
\* (delays and fault times are at least 1): no other step happens until all have started.
Started == \A n \in Node : state[n] # "Idle"

Start(n) ==
    /\ state[n] = "Idle"
    /\ StartElection(n, msgs)
    /\ UNCHANGED <<up, crashes, early, crashedAs>>

\* A recovered node knows nothing and holds an election, so a recovered higher id takes over.
Restart(n) ==
    /\ ~up[n]
    /\ up' = [up EXCEPT ![n] = TRUE]
    /\ StartElection(n, msgs)
    /\ UNCHANGED <<crashes, early, crashedAs>>

Delivered(n, m, t) == Started /\ m \in InFlight /\ m.type = t /\ m.to = n /\ up[n]

\* Answer the lower candidate; a leader (or announcer) also repeats its COORDINATOR,
\* which the candidate may have missed by restarting. A follower does not take over.
ReceiveElection(n, m) ==
    /\ Delivered(n, m, "Election")
    /\ LET replies ==
             IF Mutant = "no-answer" THEN {}
             ELSE {Msg("Answer", n, m.from)}
                  \cup (IF state[n] \in Leading THEN {Repeat(n, m.from)} ELSE {})
       IN msgs' = Plus(Take(m), replies)
    /\ UNCHANGED <<state, leader, up, crashes, early, orphan, crashedAs>>

ReceiveAnswer(n, m) ==
    /\ Delivered(n, m, "Answer")
    /\ state' = IF state[n] = "Election" THEN [state EXCEPT ![n] = "Waiting"] ELSE state
    /\ msgs' = Take(m)
    /\ UNCHANGED <<leader, up, crashes, early, orphan, crashedAs>>

ReceiveCoordinator(n, m) ==
    /\ Delivered(n, m, "Coordinator")
    /\ LET s == m.from
           pending == Take(m)
       IN IF s > n
          THEN IF state[n] = "Follower" /\ leader[n] > s
               \* trusts a higher leader: s is a stale announcer, or the leader is dead,
               \* which HeartbeatTimeout will tell
               THEN msgs' = pending /\ UNCHANGED <<state, leader, orphan>>
               ELSE /\ state' = [state EXCEPT ![n] = "Follower"]
                    /\ leader' = [leader EXCEPT ![n] = s]
                    \* an announcement that outlived its sender: the incarnation n follows is
                    \* gone, and n's timer runs out even if s is back (announcing again) by then
                    /\ orphan' = [orphan EXCEPT ![n] = ~up[s]]
                    /\ msgs' = pending
          \* a lower id claims to lead (never sent by this algorithm): bully it
          ELSE IF state[n] \in Leading
               THEN msgs' = Plus(pending, {Repeat(n, s)}) /\ UNCHANGED <<state, leader, orphan>>
               ELSE StartElection(n, pending)
    /\ UNCHANGED <<up, crashes, early, crashedAs>>

\* Heartbeats are not kept in msgs: in Java they only reset the follower's timer, and the
\* oracle in HeartbeatTimeout stands for that timer. Both heartbeat actions are stuttering steps.
ReceiveHeartbeat(n) ==
    /\ Started /\ up[n]
    /\ UNCHANGED vars

\* Oracle: every ELECTION n sent has been delivered or lost and no ANSWER is on its way.
AnswerTimeout(n) ==
    /\ up[n] /\ state[n] = "Election"
    /\ \/ "answer" \in Free
       \/ ~\E m \in InFlight : \/ m.type = "Election" /\ m.from = n
                               \/ m.type = "Answer" /\ m.to = n
    /\ Announce(n, msgs)
    /\ UNCHANGED <<up, crashes, early, crashedAs>>

\* Oracle: no COORDINATOR is on its way to n. Whoever answered may itself be waiting, or have
\* crashed and restarted, for longer than Java's timer, so a higher node may well be up; and
\* Java's timer may even fire with a COORDINATOR on its way: such an early timeout is allowed
\* MaxEarly times. (Timeouts are safe: the node only starts another election; unbounded, early
\* ones could repeat for ever, which Java's timing rules out.)
CoordinatorTimeout(n) ==
    /\ up[n] /\ state[n] = "Waiting"
    /\ LET onTime == ~\E m \in InFlight : m.type = "Coordinator" /\ m.to = n IN
       /\ onTime \/ "coordinator" \in Free \/ early < MaxEarly
       /\ early' = IF onTime \/ "coordinator" \in Free THEN early ELSE early + 1
    /\ StartElection(n, msgs)
    /\ UNCHANGED <<up, crashes, crashedAs>>

\* Oracle: the followed node crashed since n began following it, or neither leads nor is about
\* to, so its heartbeats have stopped.
HeartbeatTimeout(n) ==
    /\ up[n] /\ state[n] = "Follower"
    /\ Mutant # "no-heartbeat-timeout"
    /\ "heartbeat" \in Free \/ orphan[n] \/ ~(up[leader[n]] /\ state[leader[n]] \in Leading)
    /\ StartElection(n, msgs)
    /\ UNCHANGED <<up, crashes, early, crashedAs>>

\* Oracle for the MAX_DELAY + 1 wait: every COORDINATOR of n's announcement has arrived (or
\* was lost), so every live lower node, an old leader included, has stepped down. A repeat
\* sent since may still be on its way, as in Java.
BecomeLeader(n) ==
    /\ up[n] /\ state[n] = "Announcing"
    /\ \/ Mutant = "assume-at-once"
       \/ ~\E m \in InFlight : m.type = "Coordinator" /\ m.from = n /\ ~m.again
    /\ state' = [state EXCEPT ![n] = "Leader"]
    /\ UNCHANGED <<leader, up, msgs, crashes, early, orphan, crashedAs>>

SendHeartbeat(n) ==
    /\ up[n] /\ state[n] = "Leader"
    /\ UNCHANGED vars

(***************************************************************************)
(* Faults.                                                                  *)
(***************************************************************************)

Crash(n) ==
    /\ Started /\ up[n] /\ n \in Crashable
    /\ crashes < MaxCrashes
    /\ up' = [up EXCEPT ![n] = FALSE]
    /\ state' = [state EXCEPT ![n] = "Down"]
    /\ leader' = [leader EXCEPT ![n] = None]
    /\ crashes' = crashes + 1
    /\ crashedAs' = crashedAs \cup (IF state[n] \in {"Leader", "Follower"} THEN {<<n, state[n]>>} ELSE {})
    /\ UNCHANGED early
    /\ orphan' = [f \in Node |-> f # n /\ (orphan[f] \/ (state[f] = "Follower" /\ leader[f] = n))]
    /\ UNCHANGED msgs

\* A message reaches a down node and is gone (the simulator's Lose step).
Lose(m) ==
    /\ m \in InFlight /\ ~up[m.to]
    /\ msgs' = Take(m)
    /\ UNCHANGED <<state, leader, up, crashes, early, orphan, crashedAs>>

Deliver(m) ==
    \/ ReceiveElection(m.to, m)
    \/ ReceiveAnswer(m.to, m)
    \/ ReceiveCoordinator(m.to, m)
    \/ Lose(m)

(* Free lifts a timer's oracle: it may fire at any time, as a Java timer would if messages could
   be delayed without bound. A free "coordinator" or "heartbeat" timer is a false suspicion: the node
   only starts another election, so Uniqueness holds (MCBully4Free); a free "answer" timer lets a
   candidate announce beside a live higher node, and Uniqueness fails (MCBully3_FreeAnswer): Bully's
   safety rests on the synchrony of the answer round and of the announce-then-assume wait. Free
   timers may fire for ever, so a model with them checks safety only. *)
Timeouts(n) ==
    \/ AnswerTimeout(n)
    \/ CoordinatorTimeout(n)
    \/ HeartbeatTimeout(n)
    \/ BecomeLeader(n)

Next ==
    \/ \E n \in Node : \/ Start(n) \/ Restart(n) \/ Crash(n)
                       \/ Timeouts(n) \/ SendHeartbeat(n) \/ ReceiveHeartbeat(n)
    \/ \E m \in InFlight : Deliver(m)

\* The messages in flight from f to n, each delivered (or lost, if n is down).
Link(f, n) == \E m \in InFlight : m.from = f /\ m.to = n /\ Deliver(m)

(* Every node starts, its timers fire and its messages are delivered once   *)
(* they can. Fairness per link (as the simulator's links each deliver       *)
(* within a bound) rather than per message is enough because no message is *)
(* sent forever (heartbeats are not in msgs), so every link drains; per     *)
(* node is not: one link kept busy could starve another into the same node.*)
(* Crash and Restart are not fair: a node may stay down for good.           *)
Fairness ==
    \A n \in Node : /\ WF_vars(Start(n) \/ Timeouts(n))
                   /\ \A f \in Node : WF_vars(Link(f, n))

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* Never two live nodes that believe they lead (Bully has no terms).
Uniqueness ==
    \A a, b \in Node : (up[a] /\ up[b] /\ state[a] = "Leader" /\ state[b] = "Leader") => a = b

Settled(l) == up[l] /\ state[l] = "Leader" /\ \A n \in Node : up[n] => leader[n] = l

\* When an election is settled, the leader is the highest live id.
Validity == \A l \in Node : Settled(l) => \A n \in Node : up[n] => n <= l

\* After the (finitely many) faults, one leader is eventually known to every live node, for good.
Termination == <>[](\E l \in Node : Settled(l))

(***************************************************************************)
(* Witnesses: states a passing model must reach, so that its properties    *)
(* have met the situation (each is checked reachable, never invariant).    *)
(***************************************************************************)

\* The states of Java's CANDIDATE role.
Candidates == {"Election", "Waiting", "Announcing"}
LiveLeader(n) == up[n] /\ state[n] = "Leader"

\* Two live candidates at once, or ELECTION messages of two candidates in flight at once.
WitnessRivals ==
    \/ \E a, b \in Node : a # b /\ up[a] /\ up[b] /\ state[a] \in Candidates /\ state[b] \in Candidates
    \/ \E m1, m2 \in InFlight : m1.type = "Election" /\ m2.type = "Election" /\ m1.from # m2.from

\* A leader crashed and a different node leads since.
WitnessFailover == \E d \in Node : <<d, "Leader">> \in crashedAs /\ \E l \in Node \ {d} : LiveLeader(l)

\* A node that had accepted a leader (Bully's only acknowledgement; it keeps nothing across a
\* crash) is up again after crashing.
WitnessRestart == \E n \in Node : <<n, "Follower">> \in crashedAs /\ up[n]

\* A stale leader alive beside a higher node that announces itself (a recovered higher id, or one
\* that won an election the leader never heard of): the leader has not yet got its COORDINATOR.
WitnessStale == \E a, b \in Node : a < b /\ LiveLeader(a) /\ up[b] /\ state[b] = "Announcing"

\* A leader beside a live lower node that holds an election (restarted, or falsely suspecting):
\* the leader must answer it before its answer timer runs out.
WitnessChallenged == \E a, b \in Node : a < b /\ LiveLeader(b) /\ up[a] /\ state[a] = "Election"

(***************************************************************************)
(* Refinement of the abstract election (Election.tla).  Bully has no      *)
(* terms: the Java node reports term 0, and its role is LEADER in state    *)
(* Leader only (Announcing is CANDIDATE), so lead is the live Leaders in   *)
(* term 0 and there is no history of leaderships with a term.              *)
(***************************************************************************)

Abstract == INSTANCE Election WITH
    Exclusive <- FALSE,
    lead <- {<<0, n>> : n \in {x \in Node : LiveLeader(x)}},
    elected <- {}

RefinesElection == Abstract!Spec

(***************************************************************************)
(* Inductive invariant for Uniqueness (checked by MCBully3Ind).           *)
(* Bully's safety is about a lower node a and a higher node b that are    *)
(* both up while b announces or leads:                                     *)
(*  - if a also announces or leads, then b only announces, and b's         *)
(*    COORDINATOR to a is on its way (b cannot take office before a has   *)
(*    stepped down);                                                       *)
(*  - if a holds an election, its ELECTION to b or b's ANSWER is on its    *)
(*    way (a cannot win while b is up), or b announces and its COORDINATOR *)
(*    to a is on its way (b's ELECTION was lost while b was down).         *)
(* Shape: a node is Down exactly when it is not up; leader is None except *)
(* in a Follower (a higher id) and a leading node (itself); ELECTIONs go   *)
(* up, ANSWERs and COORDINATORs down.                                      *)
(***************************************************************************)

Shape ==
    /\ \A n \in Node : /\ (state[n] = "Down") = ~up[n]
                      /\ leader[n] = CASE state[n] = "Follower" -> leader[n]
                                        [] state[n] \in Leading -> n
                                        [] OTHER -> None
    /\ \A m \in InFlight : IF m.type = "Election" THEN m.from < m.to /\ ~m.again
                                                ELSE m.from > m.to /\ (m.again => m.type = "Coordinator")

Pair(a, b) ==
    (a < b /\ up[a] /\ up[b] /\ state[b] \in Leading) =>
        /\ state[a] \in Leading => state[b] = "Announcing" /\ Msg("Coordinator", b, a) \in InFlight
        /\ state[a] = "Election" =>
               \/ Msg("Election", a, b) \in InFlight
               \/ Msg("Answer", b, a) \in InFlight
               \/ state[b] = "Announcing" /\ Msg("Coordinator", b, a) \in InFlight

IndInv == Shape /\ \A a, b \in Node : Pair(a, b)
=============================================================================
