--------------------------- MODULE LamportElection ---------------------------
(***************************************************************************)
(* The Lamport-clock election of docs/algorithms.md (this project's        *)
(* definition on Lamport's 1978 clocks), the specification of             *)
(* impl/src/main/java/dev/electorate/impl/lamport.  The per-node variables *)
(* (state, clock, stamp, leader, oks) and the action names are the ones    *)
(* the Java node records, so a Java trace reads as a behaviour of this     *)
(* spec.                                                                   *)
(*                                                                         *)
(* Stamps are pairs <<clock, id>> ordered by clock, then id, and are the  *)
(* timestamps the messages carry.  The Lamport clock counts candidacies:   *)
(* a node takes max(clock, c) on receiving a stamp <<c, _>> and clock + 1  *)
(* when it starts a candidacy.  The clock is durable.                      *)
(*                                                                         *)
(* Synchrony.  The algorithm needs a bound on message delay: a candidate   *)
(* whose answer timer (2 MAX_DELAY + 1 ticks) fires reads every node that *)
(* has not answered as down.  This module has no clocks of time; it states *)
(* the assumption as failure-detector oracles: AnswerTimeout is enabled    *)
(* only once every ELECTION of the candidacy has been delivered or lost    *)
(* and no answer is on its way; HeartbeatTimeout only once the holder of   *)
(* the stamp the follower promised crashed since (orphan), or neither      *)
(* leads nor runs with that stamp and no greater ELECTION or LEADER is on  *)
(* its way to the follower.  Heartbeats are stuttering steps (the oracle   *)
(* stands for the follower's timer), as in Bully.tla.                      *)
(*                                                                         *)
(* The network is a bag of messages in flight, unordered (no FIFO is      *)
(* assumed).  A bag, not a set: a leader may owe a restarted node two     *)
(* equal LEADERs (its declaration and its answer to the node's ELECTION),  *)
(* and the Java node receives both.  Messages to a down node may be lost  *)
(* (Lose) or, if it restarts first, delivered to the new incarnation, as  *)
(* in the simulator.                                                       *)
(*                                                                         *)
(* Finiteness.  Clocks grow without bound in general; here every          *)
(* candidacy needs a start, a restart or a timeout whose oracle only a     *)
(* crash or a withdrawn stamp enables, so with at most MaxCrashes crashes  *)
(* a behaviour has finitely many events and the state space is finite.    *)
(* MaxClock states the bound the models reach: TypeOK fails if a clock    *)
(* outgrows it, so the bound is checked, never silently cut.              *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, Bags

CONSTANTS
    Node,        \* the node ids: a finite set of positive integers
    MaxCrashes,  \* how many Crash steps one behaviour may take, so models are finite
    Crashable,   \* the nodes that may crash (all of them, except in the larger models)
    MaxClock,    \* the largest clock the model may reach (checked by TypeOK)
    Mutant,      \* "none" for the algorithm; otherwise the name of the one rule it breaks
    Boot,        \* "together": all nodes start, as in the simulator; "settled": begin where
                 \* that ends (the highest id leads with stamp <<1, id>>), so models can afford crashes
    Free         \* the timers that may fire at any time, without their oracle (a subset of
                 \* {"answer", "heartbeat"}; {} keeps every oracle; see Timeouts)

VARIABLES
    state,       \* state[n]: "Idle", "Candidate", "Leader", "Follower" ("Down" while crashed)
    clock,       \* clock[n]: n's Lamport clock (durable)
    stamp,       \* stamp[n]: <<c, id>>, n's own stamp while Candidate or Leader, else the one it promised
    leader,      \* leader[n]: the id n believes leads, 0 for none
    oks,         \* oks[n]: the nodes that promised n's current candidacy
    up,          \* up[n]: n is running
    msgs,        \* messages in flight: a bag of records [type, from, to, stamp]
    crashes,     \* Crash steps taken so far
    orphan,      \* orphan[n]: the holder of stamp[n] crashed since n promised it (ghost: its
                 \* heartbeats stopped, so n's silence timer may run out even if it is back)
    crashedAs    \* history, read by no action (only by the witnesses): the pairs <<n, s>> such
                 \* that n crashed in state s, for s "Leader" or "Follower"

vars == <<state, clock, stamp, leader, oks, up, msgs, crashes, orphan, crashedAs>>

None == 0
NoStamp == <<0, 0>>
States == {"Idle", "Candidate", "Leader", "Follower", "Down"}
Types == {"Election", "Ok", "Nack", "Leader"}
Mutants == {"none", "clock-only", "declare-early", "keep-leading"}

ASSUME Mutant \in Mutants
ASSUME Boot \in {"together", "settled"}
ASSUME Crashable \subseteq Node
ASSUME MaxClock \in Nat
ASSUME Free \subseteq {"answer", "heartbeat"}
ASSUME MaxCrashes \in Nat /\ MaxCrashes < Cardinality(Node)   \* someone is always up

Stamps == (0..MaxClock) \X (Node \cup {None})
Messages == [type : Types, from : Node, to : Node, stamp : Stamps]

\* a > b in the stamp order: by clock, then by id (the "clock-only" mutant drops the id).
Greater(a, b) ==
    IF Mutant = "clock-only" THEN a[1] > b[1]
    ELSE a[1] > b[1] \/ (a[1] = b[1] /\ a[2] > b[2])

Max(a, b) == IF a > b THEN a ELSE b
Others(n) == Node \ {n}
Msg(t, f, d, s) == [type |-> t, from |-> f, to |-> d, stamp |-> s]
\* The network is a bag: two equal messages in flight stay two (a set would merge them).
InFlight == BagToSet(msgs)
Take(m) == msgs (-) SetToBag({m})
Send(pending, s) == pending (+) SetToBag(s)

TypeOK ==
    /\ state \in [Node -> States]
    /\ clock \in [Node -> 0..MaxClock]
    /\ stamp \in [Node -> Stamps]
    /\ leader \in [Node -> Node \cup {None}]
    /\ oks \in [Node -> SUBSET Node]
    /\ up \in [Node -> BOOLEAN]
    /\ IsABag(msgs) /\ InFlight \subseteq Messages
    /\ crashes \in 0..MaxCrashes
    /\ orphan \in [Node -> BOOLEAN]
    /\ crashedAs \subseteq Node \X {"Leader", "Follower"}

Top == CHOOSE t \in Node : \A n \in Node : n <= t

Init ==
    /\ IF Boot = "together"
       THEN /\ state = [n \in Node |-> "Idle"]
            /\ clock = [n \in Node |-> 0]
            /\ stamp = [n \in Node |-> NoStamp]
            /\ leader = [n \in Node |-> None]
       ELSE /\ state = [n \in Node |-> IF n = Top THEN "Leader" ELSE "Follower"]
            /\ clock = [n \in Node |-> 1]
            /\ stamp = [n \in Node |-> <<1, Top>>]
            /\ leader = [n \in Node |-> Top]
    /\ oks = [n \in Node |-> {}]
    /\ up = [n \in Node |-> TRUE]
    /\ msgs = EmptyBag
    /\ crashes = 0
    /\ orphan = [n \in Node |-> FALSE]
    /\ crashedAs = {}

(* Helpers, not actions: each sets state, stamp, leader, oks, orphan and msgs  *)
(* for node n (c: the clock of a new candidacy); pending is msgs minus the     *)
(* message the step consumed.                                                  *)

\* Leads with its stamp: LEADER to every other node (the caller says what becomes of oks).
Declare(n, pending) ==
    /\ state' = [state EXCEPT ![n] = "Leader"]
    /\ leader' = [leader EXCEPT ![n] = n]
    /\ msgs' = Send(pending, {Msg("Leader", n, o, stamp[n]) : o \in Others(n)})
    /\ UNCHANGED <<stamp, orphan>>

\* A fresh candidacy with stamp <<c, n>>: ELECTION to every other node (a cluster of one leads at once).
RunForLeader(n, c, pending) ==
    /\ stamp' = [stamp EXCEPT ![n] = <<c, n>>]
    /\ leader' = [leader EXCEPT ![n] = IF Others(n) = {} THEN n ELSE None]
    /\ oks' = [oks EXCEPT ![n] = {}]
    /\ state' = [state EXCEPT ![n] = IF Others(n) = {} THEN "Leader" ELSE "Candidate"]
    /\ orphan' = [orphan EXCEPT ![n] = FALSE]
    /\ msgs' = Send(pending, {Msg("Election", n, o, <<c, n>>) : o \in Others(n)})

\* Promises stamp s: follows its holder h, or waits for s's LEADER when h = None.
Promise(n, s, h) ==
    /\ stamp' = [stamp EXCEPT ![n] = s]
    /\ leader' = [leader EXCEPT ![n] = h]
    /\ oks' = [oks EXCEPT ![n] = {}]
    /\ state' = [state EXCEPT ![n] = "Follower"]
    \* a holder that is down now cannot be trusted to send heartbeats or LEADER
    /\ orphan' = [orphan EXCEPT ![n] = ~up[s[2]]]

(***************************************************************************)
(* Node actions, in the order of LamportElection.java.                      *)
(***************************************************************************)

\* Every node starts at tick 0 in the simulator, before any message or fault can arrive.
Started == \A n \in Node : state[n] # "Idle"

Start(n) ==
    /\ state[n] = "Idle"
    /\ clock' = [clock EXCEPT ![n] = clock[n] + 1]
    /\ RunForLeader(n, clock[n] + 1, msgs)
    /\ UNCHANGED <<up, crashes, crashedAs>>

\* Only the clock survived the crash: the new stamp is greater than any n used before.
Restart(n) ==
    /\ ~up[n]
    /\ up' = [up EXCEPT ![n] = TRUE]
    /\ clock' = [clock EXCEPT ![n] = clock[n] + 1]
    /\ RunForLeader(n, clock[n] + 1, msgs)
    /\ UNCHANGED <<crashes, crashedAs>>

Delivered(n, m, t) == Started /\ BagIn(m, msgs) /\ m.type = t /\ m.to = n /\ up[n]

\* The clock after receiving m: no smaller than the stamp it carries.
Tick(n, m) == Max(clock[n], m.stamp[1])

ReceiveElection(n, m) ==
    /\ Delivered(n, m, "Election")
    /\ LET c == Tick(n, m)
           t == m.stamp
           pending == Take(m)
       IN /\ clock' = [clock EXCEPT ![n] = c]
          /\ IF t = stamp[n] \/ Greater(t, stamp[n])
             THEN IF state[n] = "Leader" /\ Mutant = "keep-leading"
                  THEN /\ msgs' = Send(pending, {Msg("Ok", n, m.from, t)})
                       /\ UNCHANGED <<state, stamp, leader, oks, orphan>>
                  ELSE /\ Promise(n, t, None)
                       /\ msgs' = Send(pending, {Msg("Ok", n, m.from, t)})
             ELSE /\ msgs' = Send(pending, {Msg(IF state[n] = "Leader" THEN "Leader" ELSE "Nack",
                                               n, m.from, stamp[n])})
                  /\ UNCHANGED <<state, stamp, leader, oks, orphan>>
    /\ UNCHANGED <<up, crashes, crashedAs>>

\* An OK for the current candidacy counts; the last one needed declares in the same step.
ReceiveOk(n, m) ==
    /\ Delivered(n, m, "Ok")
    /\ LET c == Tick(n, m)
           pending == Take(m)
       IN /\ clock' = [clock EXCEPT ![n] = c]
          /\ IF state[n] = "Candidate" /\ m.stamp = stamp[n]
             THEN LET got == oks[n] \cup {m.from} IN
                  IF Mutant = "declare-early" \/ got = Others(n)
                  THEN /\ Declare(n, pending)
                       /\ oks' = [oks EXCEPT ![n] = got]
                  ELSE /\ oks' = [oks EXCEPT ![n] = got]
                       /\ msgs' = pending
                       /\ UNCHANGED <<state, stamp, leader, orphan>>
             ELSE /\ msgs' = pending
                  /\ UNCHANGED <<state, stamp, leader, oks, orphan>>
    /\ UNCHANGED <<up, crashes, crashedAs>>

ReceiveNack(n, m) ==
    /\ Delivered(n, m, "Nack")
    /\ clock' = [clock EXCEPT ![n] = Tick(n, m)]
    /\ msgs' = Take(m)
    /\ IF state[n] = "Candidate" /\ Greater(m.stamp, stamp[n])
       THEN Promise(n, m.stamp, None)
       ELSE UNCHANGED <<state, stamp, leader, oks, orphan>>
    /\ UNCHANGED <<up, crashes, crashedAs>>

ReceiveLeader(n, m) ==
    /\ Delivered(n, m, "Leader")
    /\ clock' = [clock EXCEPT ![n] = Tick(n, m)]
    /\ msgs' = Take(m)
    /\ IF Greater(stamp[n], m.stamp) \/ (state[n] = "Leader" /\ Mutant = "keep-leading")
       THEN UNCHANGED <<state, stamp, leader, oks, orphan>>
       ELSE Promise(n, m.stamp, m.from)
    /\ UNCHANGED <<up, crashes, crashedAs>>

\* Heartbeats are not in msgs: they only re-arm the follower's timer, for which the oracle in
\* HeartbeatTimeout stands. Both heartbeat actions are stuttering steps.
ReceiveHeartbeat(n) ==
    /\ Started /\ up[n]
    /\ UNCHANGED vars

SendHeartbeat(n) ==
    /\ up[n] /\ state[n] = "Leader"
    /\ UNCHANGED vars

\* Oracle: every ELECTION of n's candidacy was delivered or lost, and no answer is on its way.
AnswerTimeout(n) ==
    /\ up[n] /\ state[n] = "Candidate"
    /\ \/ "answer" \in Free
       \/ ~\E m \in InFlight : \/ m.type = "Election" /\ m.from = n /\ m.stamp = stamp[n]
                               \/ m.type \in {"Ok", "Nack", "Leader"} /\ m.to = n
    /\ Declare(n, msgs)
    /\ UNCHANGED <<clock, oks, up, crashes, crashedAs>>

\* The holder of the stamp n promised still runs or leads with it.
Trusted(n) == LET h == stamp[n][2] IN up[h] /\ state[h] \in {"Candidate", "Leader"} /\ stamp[h] = stamp[n]

\* An ELECTION or LEADER on its way to n that will make it promise a newer stamp.
Newer(n) == \E m \in InFlight : m.to = n /\ m.type \in {"Election", "Leader"} /\ Greater(m.stamp, stamp[n])

\* Oracle for the silence timer: the holder crashed since n promised, or neither runs nor
\* leads with that stamp and nothing newer is on its way to n.
HeartbeatTimeout(n) ==
    /\ up[n] /\ state[n] = "Follower"
    /\ "heartbeat" \in Free \/ orphan[n] \/ (~Trusted(n) /\ ~Newer(n))
    /\ clock' = [clock EXCEPT ![n] = clock[n] + 1]
    /\ RunForLeader(n, clock[n] + 1, msgs)
    /\ UNCHANGED <<up, crashes, crashedAs>>

(***************************************************************************)
(* Faults.                                                                  *)
(***************************************************************************)

\* Volatile state is lost; the clock is durable.
Crash(n) ==
    /\ Started /\ up[n] /\ n \in Crashable
    /\ crashes < MaxCrashes
    /\ up' = [up EXCEPT ![n] = FALSE]
    /\ state' = [state EXCEPT ![n] = "Down"]
    /\ stamp' = [stamp EXCEPT ![n] = NoStamp]
    /\ leader' = [leader EXCEPT ![n] = None]
    /\ oks' = [oks EXCEPT ![n] = {}]
    /\ crashes' = crashes + 1
    /\ crashedAs' = crashedAs \cup (IF state[n] \in {"Leader", "Follower"} THEN {<<n, state[n]>>} ELSE {})
    /\ orphan' = [f \in Node |-> IF f = n THEN FALSE
                                 ELSE orphan[f] \/ (state[f] = "Follower" /\ stamp[f][2] = n)]
    /\ UNCHANGED <<clock, msgs>>

\* A message reaches a down node and is gone (the simulator's Lose step).
Lose(m) ==
    /\ BagIn(m, msgs) /\ ~up[m.to]
    /\ msgs' = Take(m)
    /\ UNCHANGED <<state, clock, stamp, leader, oks, up, crashes, orphan, crashedAs>>

Deliver(m) ==
    \/ ReceiveElection(m.to, m)
    \/ ReceiveOk(m.to, m)
    \/ ReceiveNack(m.to, m)
    \/ ReceiveLeader(m.to, m)
    \/ Lose(m)

(* Free lifts a timer's oracle: it may fire at any time, as a Java timer would if messages could
   be delayed without bound. A free "heartbeat" timer is a false suspicion: the follower runs with
   a greater stamp, which the leader must promise (and so step down) before it can win, so
   Uniqueness holds (MCLamportElection3Free); a free "answer" timer lets a candidate declare before
   every node has promised, beside a live leader, and Uniqueness fails
   (MCLamportElection3_FreeAnswer): the election's safety rests on the synchrony of the answer
   round. A free heartbeat timer may fire for ever, so its clocks grow without bound: a model with
   it bounds them by a state constraint, and checks safety only. *)
Timeouts(n) == AnswerTimeout(n) \/ HeartbeatTimeout(n)

Next ==
    \/ \E n \in Node : \/ Start(n) \/ Restart(n) \/ Crash(n)
                       \/ Timeouts(n) \/ SendHeartbeat(n) \/ ReceiveHeartbeat(n)
    \/ \E m \in InFlight : Deliver(m)

\* The messages in flight from f to n, each delivered (or lost, if n is down).
Link(f, n) == \E m \in InFlight : m.from = f /\ m.to = n /\ Deliver(m)

(* Every node starts, its timers fire and its messages are delivered once   *)
(* they can: fairness per link, as the simulator's links each deliver       *)
(* within a bound. Crash and Restart are not fair: a node may stay down.    *)
Fairness ==
    \A n \in Node : /\ WF_vars(Start(n) \/ Timeouts(n))
                   /\ \A f \in Node : WF_vars(Link(f, n))

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* Global: never two live nodes that believe they lead, whatever their stamps.
Uniqueness ==
    \A a, b \in Node : (up[a] /\ up[b] /\ state[a] = "Leader" /\ state[b] = "Leader") => a = b

Settled(l) == up[l] /\ state[l] = "Leader" /\ \A n \in Node : up[n] => leader[n] = l

\* Any live node may win; when settled, every live node has promised the leader's own stamp.
Validity == \A l \in Node : Settled(l) => \A n \in Node : up[n] => stamp[n] = stamp[l]

\* After the (finitely many) faults, one leader is eventually known to every live node, for good.
Termination == <>[](\E l \in Node : Settled(l))

(***************************************************************************)
(* Inductive invariant (checked by MCLamportElection3Ind): IndInv holds in *)
(* every initial state, every step keeps it, and it implies Uniqueness.    *)
(* It speaks of pairs of active nodes (candidates and leaders, each with   *)
(* its own stamp): of two, the one with the greater stamp x has not been   *)
(* heard by the other y yet (x's ELECTION is on its way to y: y will       *)
(* promise x, or answer it so that x does), or y is doomed: x has not      *)
(* promised y's stamp and will not (an OK of x is never counted by y),     *)
(* and y's ELECTION is on its way to x, or x's NACK or LEADER (its greater *)
(* stamp) on its way to y, so y can neither collect every OK nor let its   *)
(* answer timer fire (its oracle waits for both) before it promises.  A    *)
(* leader has heard every node (no ELECTION of its stamp is in flight),    *)
(* so of two leaders the lower would be doomed, yet it leads.  A node that *)
(* promised a stamp (an OK counted or on its way) holds that stamp or a    *)
(* greater one from then on, and its clock covers it: a promise made is    *)
(* never unmade, through crashes too, since the clock is durable.  The     *)
(* heartbeat timer's oracle is not used: a free heartbeat timer keeps it.  *)
(***************************************************************************)

Active(n) == up[n] /\ state[n] \in {"Candidate", "Leader"}

\* x's ELECTION for its current candidacy is on its way to y.
Pending(x, y) == Msg("Election", x, y, stamp[x]) \in InFlight

\* x's answer with a stamp greater than y's is on its way to y (y will promise it).
Answered(x, y) ==
    \E m \in InFlight : m.from = x /\ m.to = y /\ m.type \in {"Nack", "Leader"} /\ Greater(m.stamp, stamp[y])

\* Candidate y cannot win before it hears from x, whose stamp is greater: x's promise of y's stamp is
\* neither counted nor on its way, and a message between them is.
Doomed(y, x) ==
    /\ state[y] = "Candidate"
    /\ x \notin oks[y] /\ Msg("Ok", x, y, stamp[y]) \notin InFlight
    /\ Pending(y, x) \/ Answered(x, y)

\* The nodes whose promise of n's current stamp is counted or on its way.
Promised(n) == oks[n] \cup {m.from : m \in {o \in InFlight : o.type = "Ok" /\ o.to = n /\ o.stamp = stamp[n]}}

IndInv ==
    /\ TypeOK
    /\ \A n \in Node : (state[n] = "Down") = ~up[n]
    /\ \A n \in Node : stamp[n][1] <= clock[n]
    /\ \A n \in Node : state[n] \in {"Candidate", "Leader"} => stamp[n][2] = n /\ stamp[n][1] >= 1
    /\ \A n \in Node : state[n] \in {"Idle", "Down"} => oks[n] = {}
    \* A stamp held or in flight is one its holder has had: its clock covers it.
    /\ \A n \in Node : stamp[n] # NoStamp => stamp[n][2] \in Node /\ stamp[n][1] <= clock[stamp[n][2]]
    /\ \A m \in InFlight : m.stamp[2] \in Node /\ m.stamp[1] <= clock[m.stamp[2]]
    \* A promise of an active node's stamp answers its one ELECTION to the promiser, and is never
    \* unmade.
    /\ \A n \in Node : Active(n) => \A p \in Promised(n) :
           /\ p # n /\ ~Pending(n, p)
           /\ clock[p] >= stamp[n][1] /\ (up[p] => ~Greater(stamp[n], stamp[p]))
    \* A leader has heard every node.
    /\ \A n \in Node : up[n] /\ state[n] = "Leader" => ~\E m \in InFlight : m.type = "Election" /\ m.from = n /\ m.stamp = stamp[n]
    /\ \A x, y \in Node :
           x # y /\ Active(x) /\ Active(y) /\ Greater(stamp[x], stamp[y]) =>
               IF state[x] = "Leader" THEN Doomed(y, x) ELSE Pending(x, y) \/ Doomed(y, x)

(***************************************************************************)
(* Witnesses: states a passing model must reach, so that its properties    *)
(* have met the situation (each is checked reachable, never invariant).    *)
(***************************************************************************)

LiveLeader(n) == up[n] /\ state[n] = "Leader"

\* Two live candidates at once, or ELECTIONs of two candidacies in flight at once.
WitnessRivals ==
    \/ \E a, b \in Node : a # b /\ up[a] /\ up[b] /\ state[a] = "Candidate" /\ state[b] = "Candidate"
    \/ \E m1, m2 \in InFlight : m1.type = "Election" /\ m2.type = "Election" /\ m1.stamp # m2.stamp

\* A leader crashed and a different node leads since.
WitnessFailover == \E d \in Node : <<d, "Leader">> \in crashedAs /\ \E l \in Node \ {d} : LiveLeader(l)

\* A node that had promised a stamp is up again after crashing (only its clock, which covers the
\* promised stamp, survived).
WitnessRestart == \E n \in Node : <<n, "Follower">> \in crashedAs /\ up[n]

\* A stale leader alive beside a live candidate with a greater stamp, which will depose it.
WitnessStale ==
    \E a, b \in Node : LiveLeader(a) /\ up[b] /\ state[b] = "Candidate" /\ Greater(stamp[b], stamp[a])

(***************************************************************************)
(* Refinement of the abstract election (Election.tla).  The Java node      *)
(* reports term 0 (Uniqueness is global, across stamps) and role LEADER in *)
(* state Leader, so lead is the live Leaders in term 0 and there is no     *)
(* history of leaderships with a term.                                     *)
(***************************************************************************)

Abstract == INSTANCE Election WITH
    Exclusive <- FALSE,
    lead <- {<<0, n>> : n \in {x \in Node : LiveLeader(x)}},
    elected <- {}

RefinesElection == Abstract!Spec
=============================================================================
