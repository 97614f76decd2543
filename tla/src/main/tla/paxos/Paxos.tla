------------------------------- MODULE Paxos --------------------------------
(***************************************************************************)
(* Paxos ballot leadership: phase 1 of Lamport's "Paxos Made Simple" used   *)
(* to elect a distinguished proposer, the specification of                 *)
(* impl/src/main/java/dev/electorate/impl/paxos.  Every node is a proposer *)
(* and an acceptor.  A proposer whose election timer fires prepares the     *)
(* ballot <<round + 1, self>>; an acceptor promises a ballot at least as    *)
(* high as its promise (durably) or refuses it with a Nack naming the      *)
(* higher one; the proposer leads once a majority promised, sends          *)
(* heartbeats, and steps down when it sees a higher ballot.  The per-node  *)
(* variables (promised, round, state, promises, leader) and the action     *)
(* names are the ones the Java node records, so a Java trace reads as a    *)
(* behaviour of this spec.  Ballots are pairs <<round, id>> ordered by     *)
(* round, then id; the Java node's term is round * 1024 + id.              *)
(*                                                                         *)
(* Network.  msgs is every message ever sent.  A receipt does not consume  *)
(* its message, so any message may arrive any number of times, in any      *)
(* order, or never: loss, duplication, reordering and partitions are all   *)
(* behaviours of this spec, and Lose and Duplicate are stuttering steps.   *)
(*                                                                         *)
(* Time.  Without the lease (constant Lease FALSE) there are no clocks.   *)
(* Timeout may fire at any moment in a follower or a candidate, as a timer *)
(* can under loss, partitions, pauses or skewed clocks; safety            *)
(* (Uniqueness, Fenced) is checked against all of that.  Termination       *)
(* assumes eventual synchrony: after at most MaxEarly "early" timeouts,    *)
(* every timeout happens only when the synchrony oracle Sync holds, i.e.   *)
(* when no leader is up and the node knows the highest round of all live   *)
(* nodes, so its ballot can win alone (randomized timeouts let one node    *)
(* time out well before the others).                                       *)
(*                                                                         *)
(* The leader lease (Lease TRUE, Java's option paxos+lease).  An acceptor  *)
(* that promises or acknowledges a proposer grants it a lease: for LEASE   *)
(* units of its own clock it answers no other proposer (leaseHolder,       *)
(* leaseFrom); a restarted acceptor answers nobody for LEASE.  The leader  *)
(* holds the lease until leaseUntil on its own clock, LEASE_HELD after the *)
(* sending (preparedAt, or a heartbeat's sentAt) of what a majority        *)
(* promised or acknowledged (HeartbeatAck); LeaseExpire makes it step      *)
(* down when the lease runs out unrenewed.  Real time is the counter now,  *)
(* advanced one unit by Tick (only while MaxTime allows); each node's      *)
(* clock advances on every Tick by an integer amount within the drift      *)
(* bound: TickRate units per tick nominally, at least                      *)
(* TickRate * (1000 - DRIFT_PER_MILLE) / 1000 and at most                   *)
(* TickRate * (1000 + DRIFT_PER_MILLE) / 1000, chosen afresh per node and   *)
(* per tick, so every clock whose rate stays within the bound is a         *)
(* behaviour, at the granularity of one tick.  Crashed nodes' clocks run   *)
(* on (a clock is hardware).  Timers are not modelled, except that a due   *)
(* lease is urgent: Tick waits until every live leader whose clock reached *)
(* its leaseUntil has taken LeaseExpire, as Java's lease timer fires at    *)
(* that reading; other actions of the same instant may still come first.   *)
(* Everything else (timeouts, deliveries, heartbeats) may happen at any    *)
(* time, so message delays are unbounded: the lease's promise (Exclusive)  *)
(* rests on clocks alone.  With Lease FALSE, now, clock and the lease      *)
(* variables stay constant and Tick is disabled, so the models without the *)
(* lease have the state spaces they had.                                   *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Node,        \* the node ids: a finite set of positive integers
    MaxRound,    \* no node prepares a ballot beyond this round, so models are finite
    MaxCrashes,  \* how many Crash steps one behaviour may take
    MaxEarly,    \* how many timeouts may fire outside the synchrony oracle
    Mutant,      \* "none" for the algorithm, else the name of the one rule it breaks
    Boot,        \* "together": all nodes start, as in the simulator; "settled": begin where an
                 \* election ends (the lowest id leads ballot <<1, id>>), so models can afford faults
    Lease,       \* TRUE for the leader lease (Java's option paxos+lease)
    LEASE,       \* with Lease: how long an acceptor's grant lasts, in units of its own clock
    DRIFT_PER_MILLE, \* with Lease: every clock runs within this many thousandths of real time
    TickRate,    \* with Lease: a clock's nominal advance per tick of real time
    MaxTime      \* with Lease: Tick stops at now = MaxTime, so models are finite

VARIABLES
    promised,  \* promised[n]: the highest ballot n's acceptor promised, <<0, 0>> for none (durable)
    round,     \* round[n]: the highest round n used or saw; its next ballot is <<round[n] + 1, n>> (durable)
    state,     \* state[n]: "Follower", "Candidate", "Leader"; "Idle" before Start, "Down" while crashed
    promises,  \* promises[n]: the acceptors that promised candidate n's ballot <<round[n], n>>
    leader,    \* leader[n]: the leader n follows, 0 for none
    up,        \* up[n]: n is running
    msgs,      \* every message sent so far
    crashes,   \* Crash steps taken so far
    early,     \* timeouts taken outside the synchrony oracle so far
    elected,   \* history: <<ballot, node>> for every BecomeLeader so far, in order
    now,        \* Lease: real time, in ticks (0 without the lease)
    clock,      \* Lease: clock[n], n's clock reading (0 without the lease)
    leaseHolder, \* Lease: the proposer n's acceptor last promised or acknowledged, None after a restart
    leaseFrom,  \* Lease: n's clock reading when it did, or when it restarted
    leaseUntil, \* Lease: the clock reading until which leader n holds the lease
    preparedAt, \* Lease: n's clock reading when it sent the Prepares of its ballot
    acks        \* Lease: pairs <<sentAt, acceptor>>: who acknowledged leader n's heartbeat sent at sentAt
                \* (an entry exists while <<sentAt, n>> is in it)

leaseVars == <<now, clock, leaseHolder, leaseFrom, leaseUntil, preparedAt, acks>>
vars == <<promised, round, state, promises, leader, up, msgs, crashes, early, elected,
          now, clock, leaseHolder, leaseFrom, leaseUntil, preparedAt, acks>>

None == 0
Zero == <<0, 0>>
States == {"Idle", "Follower", "Candidate", "Leader", "Down"}
\* "ignore-reports" and "forget-accepted" break phase 2, which PaxosConsensus.tla adds; Paxos ignores them.
Mutants == {"none", "forget-round", "ignore-higher-ballot", "hold-full-lease", "restart-grants",
            "ignore-reports", "forget-accepted"}
Quorum == Cardinality(Node) \div 2 + 1
Ballots == Nat \X (Node \cup {None})

ASSUME Mutant \in Mutants
ASSUME Boot \in {"together", "settled"}
ASSUME MaxRound \in Nat /\ MaxCrashes \in Nat /\ MaxEarly \in Nat
ASSUME Lease \in BOOLEAN /\ LEASE \in Nat /\ DRIFT_PER_MILLE \in 0..999 /\ TickRate \in Nat /\ MaxTime \in Nat

\* How long the leader counts its lease, as Java's LEASE_HELD: its clock at the slowest allowed rate and
\* an acceptor's at the fastest, LEASE_HELD / (1 - drift) real time still ends before LEASE / (1 + drift).
\* Mutant "hold-full-lease" counts the whole LEASE, which the drift bound does not allow.
LEASE_HELD ==
    IF Mutant = "hold-full-lease" THEN LEASE
    ELSE (LEASE * (1000 - DRIFT_PER_MILLE)) \div (1000 + DRIFT_PER_MILLE)

\* A clock's advance in one tick: every integer within the drift bound.
SlowestStep == (TickRate * (1000 - DRIFT_PER_MILLE) + 999) \div 1000
FastestStep == (TickRate * (1000 + DRIFT_PER_MILLE)) \div 1000
ClockSteps == SlowestStep..FastestStep

\* Ballot a is below ballot b: by round, then by proposer id.
Less(a, b) == a[1] < b[1] \/ (a[1] = b[1] /\ a[2] < b[2])
Max(a, b) == IF a > b THEN a ELSE b

\* The ballot n campaigns for or leads.
Own(n) == <<round[n], n>>

Prepare(f, d, b) == [type |-> "Prepare", from |-> f, to |-> d, bal |-> b]
Promise(f, d, b) == [type |-> "Promise", from |-> f, to |-> d, bal |-> b]
Nack(f, d, b, p) == [type |-> "Nack", from |-> f, to |-> d, bal |-> b, promised |-> p]
\* A heartbeat carries the leader's clock reading at sending (0 without the lease), which an ack echoes.
Heartbeat(f, d, b, s) == [type |-> "Heartbeat", from |-> f, to |-> d, bal |-> b, sentAt |-> s]
HeartbeatAck(f, d, b, s) == [type |-> "HeartbeatAck", from |-> f, to |-> d, bal |-> b, sentAt |-> s]

Messages ==
    [type : {"Prepare", "Promise"}, from : Node, to : Node, bal : Ballots]
    \cup [type : {"Heartbeat", "HeartbeatAck"}, from : Node, to : Node, bal : Ballots, sentAt : Int]
    \cup [type : {"Nack"}, from : Node, to : Node, bal : Ballots, promised : Ballots]

TypeOK ==
    /\ promised \in [Node -> Ballots]
    /\ round \in [Node -> Nat]
    /\ state \in [Node -> States]
    /\ promises \in [Node -> SUBSET Node]
    /\ leader \in [Node -> Node \cup {None}]
    /\ up \in [Node -> BOOLEAN]
    /\ msgs \subseteq Messages
    /\ crashes \in 0..MaxCrashes
    /\ early \in 0..MaxEarly
    /\ \A i \in DOMAIN elected : elected[i] \in Ballots \X Node
    /\ now \in Nat
    /\ clock \in [Node -> Nat]
    /\ leaseHolder \in [Node -> Node \cup {None}]
    /\ leaseFrom \in [Node -> Int]
    /\ leaseUntil \in [Node -> Int]
    /\ preparedAt \in [Node -> Nat]
    /\ acks \in [Node -> SUBSET (Nat \X Node)]

First == CHOOSE f \in Node : \A n \in Node : f <= n

Init ==
    /\ IF Boot = "together"
       THEN /\ promised = [n \in Node |-> Zero]
            /\ round = [n \in Node |-> 0]
            /\ state = [n \in Node |-> "Idle"]
            /\ promises = [n \in Node |-> {}]
            /\ leader = [n \in Node |-> None]
            /\ msgs = {}
            /\ elected = <<>>
       ELSE /\ promised = [n \in Node |-> <<1, First>>]
            /\ round = [n \in Node |-> 1]
            /\ state = [n \in Node |-> IF n = First THEN "Leader" ELSE "Follower"]
            /\ promises = [n \in Node |-> IF n = First THEN Node ELSE {}]
            /\ leader = [n \in Node |-> First]
            /\ msgs = {Prepare(First, d, <<1, First>>) : d \in Node \ {First}}
                      \cup {Promise(d, First, <<1, First>>) : d \in Node \ {First}}
                      \cup {Heartbeat(First, d, <<1, First>>, 0) : d \in Node \ {First}}
            /\ elected = << <<<<1, First>>, First>> >>
    /\ up = [n \in Node |-> TRUE]
    /\ crashes = 0
    /\ early = 0
    /\ now = 0
    /\ clock = [n \in Node |-> 0]
    \* Settled with the lease: every acceptor promised First at 0, which holds the lease from its Prepares
    \* (sent at 0) and has sent its first heartbeats (at 0); nobody has acknowledged them yet.
    /\ leaseHolder = [n \in Node |-> IF Lease /\ Boot = "settled" THEN First ELSE None]
    /\ leaseFrom = [n \in Node |-> IF Lease /\ Boot = "settled" THEN 0 ELSE -LEASE]
    /\ leaseUntil = [n \in Node |-> IF Lease /\ Boot = "settled" /\ n = First THEN LEASE_HELD ELSE 0]
    /\ preparedAt = [n \in Node |-> 0]
    /\ acks = [n \in Node |-> IF Lease /\ Boot = "settled" /\ n = First THEN {<<0, First>>} ELSE {}]

\* Every node starts at tick 0 in the simulator, before any message, timeout or fault.
Started == \A n \in Node : state[n] # "Idle"

\* n's proposer after it sees ballot b: its round rises to b's, and a candidate or leader whose own
\* ballot is below b becomes a follower with no leader (a broken leader of mutant
\* "ignore-higher-ballot" ignores b altogether).
Observe(n, b) ==
    IF state[n] = "Leader" /\ Mutant = "ignore-higher-ballot"
    THEN [rd |-> round[n], st |-> state[n], ld |-> leader[n], pr |-> promises[n]]
    ELSE IF state[n] \in {"Candidate", "Leader"} /\ Less(Own(n), b)
    THEN [rd |-> Max(round[n], b[1]), st |-> "Follower", ld |-> None, pr |-> {}]
    ELSE [rd |-> Max(round[n], b[1]), st |-> state[n], ld |-> leader[n], pr |-> promises[n]]

\* Sets n's proposer variables from record o (as Observe returns it).
Become(n, o) ==
    /\ round' = [round EXCEPT ![n] = o.rd]
    /\ state' = [state EXCEPT ![n] = o.st]
    /\ leader' = [leader EXCEPT ![n] = o.ld]
    /\ promises' = [promises EXCEPT ![n] = o.pr]

\* A heartbeat carries the leader's clock reading (0 without the lease).
SentAt(n) == IF Lease THEN clock[n] ELSE 0
Heartbeats(n, b) == {Heartbeat(n, d, b, SentAt(n)) : d \in Node \ {n}}

\* The synchrony oracle: no leader is up and n knows the highest round of every live node (the
\* lower id on a tie), so its next ballot is above every live acceptor's promise and it times out
\* alone: it stands for the node whose randomized timer fires well before the others'.
Sync(n) ==
    /\ ~\E m \in Node : up[m] /\ state[m] = "Leader"
    /\ \A m \in Node \ {n} : up[m] => (round[n] > round[m] \/ (round[n] = round[m] /\ n < m))

(***************************************************************************)
(* The lease's bookkeeping (Java's grantsLeaseTo, holdLease, extendLease); *)
(* without the lease these change nothing.                                  *)
(***************************************************************************)

\* n's acceptor may promise or acknowledge proposer p now: no one else holds its lease.
Grants(n, p) == ~Lease \/ p = leaseHolder[n] \/ clock[n] - leaseFrom[n] >= LEASE

\* n's acceptor grants p the lease, from now on its clock.
HoldLease(n, p) ==
    /\ leaseHolder' = [leaseHolder EXCEPT ![n] = IF Lease THEN p ELSE @]
    /\ leaseFrom' = [leaseFrom EXCEPT ![n] = IF Lease THEN clock[n] ELSE @]

\* The leader's lease until after a majority granted what it sent at clock reading from.
Extended(n, from, until) ==
    IF from + LEASE_HELD > until /\ from + LEASE_HELD > clock[n] THEN from + LEASE_HELD ELSE until

\* Leader n opens the acknowledgement entry of the heartbeat it sends now (Java's acks.put).
Opened(n) == {p \in acks[n] : p[1] # clock[n]} \cup {<<clock[n], n>>}

\* Candidate n may take office: its lease, counted from its Prepares, has not run out already (the
\* promises may arrive late: without a lease it must not believe it leads).
CanLead(n) == ~Lease \/ preparedAt[n] + LEASE_HELD > clock[n]

\* n's clock reached the end of its lease: the lease timer is due.
LeaseDue(n) == Lease /\ up[n] /\ state[n] = "Leader" /\ clock[n] >= leaseUntil[n]

(***************************************************************************)
(* Node actions, in the order of Paxos.java.                                *)
(***************************************************************************)

Start(n) ==
    /\ state[n] = "Idle"
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ UNCHANGED <<promised, round, promises, leader, up, msgs, crashes, early, elected>>
    /\ UNCHANGED leaseVars

\* promised and round are durable; mutant "forget-round" loses round.  With the lease, the acceptor
\* may have granted a lease it no longer remembers: it promises nobody for LEASE (mutant
\* "restart-grants" forgets that and grants at once).
Restart(n) ==
    /\ ~up[n]
    /\ up' = [up EXCEPT ![n] = TRUE]
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ round' = IF Mutant = "forget-round" THEN [round EXCEPT ![n] = 0] ELSE round
    /\ leaseFrom' = [leaseFrom EXCEPT ![n] = IF ~Lease THEN @
                                            ELSE IF Mutant = "restart-grants" THEN clock[n] - LEASE
                                            ELSE clock[n]]
    /\ UNCHANGED <<promised, promises, leader, msgs, crashes, early, elected>>
    /\ UNCHANGED <<now, clock, leaseHolder, leaseUntil, preparedAt, acks>>

\* The election timer: prepare the next ballot; n's own acceptor promises it first (with the lease,
\* only if no other proposer holds its lease; it is leased to itself only once it wins).
Timeout(n) ==
    /\ Started /\ up[n] /\ state[n] \in {"Follower", "Candidate"}
    /\ round[n] < MaxRound
    /\ Sync(n) \/ early < MaxEarly
    /\ early' = IF Sync(n) THEN early ELSE early + 1
    /\ LET b == <<round[n] + 1, n>>
           self == ~Less(b, promised[n]) /\ Grants(n, n)
           pr == IF self THEN {n} ELSE {}
           wins == Cardinality(pr) >= Quorum
       IN /\ round' = [round EXCEPT ![n] = b[1]]
          /\ promised' = IF self THEN [promised EXCEPT ![n] = b] ELSE promised
          /\ promises' = [promises EXCEPT ![n] = pr]
          /\ state' = [state EXCEPT ![n] = IF wins THEN "Leader" ELSE "Candidate"]
          /\ leader' = [leader EXCEPT ![n] = IF wins THEN n ELSE None]
          /\ msgs' = msgs \cup {Prepare(n, d, b) : d \in Node \ {n}}
                          \cup (IF wins THEN {Heartbeat(n, d, b, SentAt(n)) : d \in Node \ {n}} ELSE {})
          /\ elected' = IF wins THEN Append(elected, <<b, n>>) ELSE elected
          \* a cluster of one leads at once, its lease counted from now
          /\ preparedAt' = [preparedAt EXCEPT ![n] = IF Lease THEN clock[n] ELSE @]
          /\ acks' = [acks EXCEPT ![n] = IF ~Lease THEN @ ELSE IF wins THEN {<<clock[n], n>>} ELSE {}]
          /\ leaseUntil' = [leaseUntil EXCEPT ![n] = IF Lease /\ wins THEN clock[n] + LEASE_HELD ELSE @]
          /\ IF Lease /\ wins THEN HoldLease(n, n) ELSE UNCHANGED <<leaseHolder, leaseFrom>>
    /\ UNCHANGED <<up, crashes, now, clock>>

Delivered(n, m, type) == Started /\ m \in msgs /\ m.to = n /\ m.type = type /\ up[n]

\* Phase 1b: promise a ballot at least as high as the promise so far, or refuse it with the higher
\* one; with the lease, an acceptor leased to another proposer does not answer at all.
ReceivePrepare(n, m) ==
    /\ Delivered(n, m, "Prepare")
    /\ IF ~Grants(n, m.bal[2])
       THEN UNCHANGED <<promised, round, state, promises, leader, msgs, leaseHolder, leaseFrom>>
       ELSE IF Less(m.bal, promised[n])
       THEN /\ msgs' = msgs \cup {Nack(n, m.from, m.bal, promised[n])}
            /\ UNCHANGED <<promised, round, state, promises, leader, leaseHolder, leaseFrom>>
       ELSE LET o == Observe(n, m.bal)
            IN /\ Become(n, [o EXCEPT !.ld = IF o.st = "Follower" /\ Less(promised[n], m.bal)
                                             THEN None ELSE o.ld])
               /\ promised' = [promised EXCEPT ![n] = m.bal]
               /\ msgs' = msgs \cup {Promise(n, m.from, m.bal)}
               /\ HoldLease(n, m.bal[2])
    /\ UNCHANGED <<up, crashes, early, elected, now, clock, leaseUntil, preparedAt, acks>>

\* A promise for n's current campaign.
Counted(n, m) == state[n] = "Candidate" /\ m.bal = Own(n)

\* A promise that does not make n lead: not for its campaign, not yet a majority, or (with the lease)
\* a majority too late, after the lease counted from the Prepares ran out.
ReceivePromise(n, m) ==
    /\ Delivered(n, m, "Promise")
    /\ ~(Counted(n, m) /\ Cardinality(promises[n] \cup {m.from}) >= Quorum /\ CanLead(n))
    /\ promises' = [promises EXCEPT ![n] = IF Counted(n, m) THEN @ \cup {m.from} ELSE @]
    /\ UNCHANGED <<promised, round, state, leader, up, msgs, crashes, early, elected>>
    /\ UNCHANGED leaseVars

\* The promise that completes a majority: n leads its ballot and sends its first heartbeats; with
\* the lease, it holds the lease until LEASE_HELD after its Prepares left, and leases its own acceptor.
BecomeLeader(n, m) ==
    /\ Delivered(n, m, "Promise")
    /\ Counted(n, m) /\ Cardinality(promises[n] \cup {m.from}) >= Quorum /\ CanLead(n)
    /\ promises' = [promises EXCEPT ![n] = @ \cup {m.from}]
    /\ state' = [state EXCEPT ![n] = "Leader"]
    /\ leader' = [leader EXCEPT ![n] = n]
    /\ msgs' = msgs \cup Heartbeats(n, Own(n))
    /\ elected' = Append(elected, <<Own(n), n>>)
    /\ leaseUntil' = [leaseUntil EXCEPT ![n] = IF Lease THEN preparedAt[n] + LEASE_HELD ELSE @]
    /\ acks' = [acks EXCEPT ![n] = IF Lease THEN Opened(n) ELSE @]
    /\ HoldLease(n, n)
    /\ UNCHANGED <<promised, round, up, crashes, early, now, clock, preparedAt>>

\* Someone promised a higher ballot: outbid it next time, and give way if campaigning or leading.
ReceiveNack(n, m) ==
    /\ Delivered(n, m, "Nack")
    /\ Become(n, Observe(n, m.promised))
    /\ UNCHANGED <<promised, up, msgs, crashes, early, elected>>
    /\ UNCHANGED leaseVars

\* A heartbeat at least as high as the promise makes n a follower of its sender (and raises the
\* promise to it: the ballot won a majority); a lower one is refused with a Nack, which makes a
\* stale leader step down.  With the lease, an acceptor not leased to another proposer acknowledges
\* it (echoing its sentAt) and grants its sender the lease from now.
ReceiveHeartbeat(n, m) ==
    /\ Delivered(n, m, "Heartbeat")
    /\ IF Less(m.bal, promised[n])
       THEN /\ msgs' = msgs \cup {Nack(n, m.from, m.bal, promised[n])}
            /\ UNCHANGED <<promised, round, state, promises, leader, leaseHolder, leaseFrom>>
       ELSE LET o == Observe(n, m.bal)
            IN /\ Become(n, [o EXCEPT !.ld = IF o.st = "Follower" THEN m.from ELSE o.ld])
               /\ promised' = [promised EXCEPT ![n] = m.bal]
               /\ IF Lease /\ Grants(n, m.bal[2])
                  THEN /\ HoldLease(n, m.bal[2])
                       /\ msgs' = msgs \cup {HeartbeatAck(n, m.from, m.bal, m.sentAt)}
                  ELSE UNCHANGED <<msgs, leaseHolder, leaseFrom>>
    /\ UNCHANGED <<up, crashes, early, elected, now, clock, leaseUntil, preparedAt, acks>>

\* Lease: an acknowledgement of leader n's current ballot for a heartbeat whose entry is open; once
\* a majority (n included) acknowledged the heartbeat sent at s, n holds the lease until
\* s + LEASE_HELD, and the entries up to s close.
ReceiveHeartbeatAck(n, m) ==
    /\ Delivered(n, m, "HeartbeatAck")
    /\ LET s == m.sentAt
           open == state[n] = "Leader" /\ m.bal = Own(n) /\ <<s, n>> \in acks[n]
           by == {a \in Node : <<s, a>> \in acks[n]} \cup {m.from}
       IN IF ~open
          THEN UNCHANGED <<acks, leaseUntil>>
          ELSE IF Cardinality(by) >= Quorum
          THEN /\ leaseUntil' = [leaseUntil EXCEPT ![n] = Extended(n, s, @)]
               /\ acks' = [acks EXCEPT ![n] = {p \in @ : p[1] > s}]
          ELSE /\ acks' = [acks EXCEPT ![n] = @ \cup {<<s, m.from>>}]
               /\ UNCHANGED leaseUntil
    /\ UNCHANGED <<promised, round, state, promises, leader, up, msgs, crashes, early, elected>>
    /\ UNCHANGED <<now, clock, leaseHolder, leaseFrom, preparedAt>>

\* The heartbeat timer; with the lease, the leader opens the heartbeat's acknowledgement entry and
\* its own acceptor stays leased to it.
SendHeartbeat(n) ==
    /\ up[n] /\ state[n] = "Leader"
    /\ msgs' = msgs \cup Heartbeats(n, Own(n))
    /\ acks' = [acks EXCEPT ![n] = IF Lease THEN Opened(n) ELSE @]
    /\ HoldLease(n, n)
    /\ UNCHANGED <<promised, round, state, promises, leader, up, crashes, early, elected>>
    /\ UNCHANGED <<now, clock, leaseUntil, preparedAt>>

\* Lease: the lease timer fires and the lease has run out unrenewed: n steps down (it will campaign
\* with a higher ballot, so every tenure has a fencing token of its own).
LeaseExpire(n) ==
    /\ LeaseDue(n)
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ leader' = [leader EXCEPT ![n] = None]
    /\ UNCHANGED <<promised, round, promises, up, msgs, crashes, early, elected>>
    /\ UNCHANGED leaseVars

\* Lease: the lease timer fired before the lease's end (a renewal moved it on): nothing changes.
LeaseRenewed(n) ==
    /\ Lease /\ up[n] /\ state[n] = "Leader" /\ clock[n] < leaseUntil[n]
    /\ UNCHANGED vars

(***************************************************************************)
(* Time (only with the lease).                                              *)
(***************************************************************************)

\* One tick of real time; every clock advances within the drift bound.  A due lease is urgent: the
\* tick waits for its LeaseExpire.
Tick ==
    /\ Lease /\ Started /\ now < MaxTime
    /\ \A n \in Node : ~LeaseDue(n)
    /\ now' = now + 1
    /\ \E step \in [Node -> ClockSteps] : clock' = [n \in Node |-> clock[n] + step[n]]
    /\ UNCHANGED <<promised, round, state, promises, leader, up, msgs, crashes, early, elected>>
    /\ UNCHANGED <<leaseHolder, leaseFrom, leaseUntil, preparedAt, acks>>

(***************************************************************************)
(* Faults.                                                                  *)
(***************************************************************************)

\* Volatile state is gone; promised and round stay (they are on disk), and so does the clock.
Crash(n) ==
    /\ Started /\ up[n]
    /\ crashes < MaxCrashes
    /\ up' = [up EXCEPT ![n] = FALSE]
    /\ state' = [state EXCEPT ![n] = "Down"]
    /\ leader' = [leader EXCEPT ![n] = None]
    /\ promises' = [promises EXCEPT ![n] = {}]
    /\ crashes' = crashes + 1
    /\ leaseHolder' = [leaseHolder EXCEPT ![n] = None]
    /\ leaseUntil' = [leaseUntil EXCEPT ![n] = 0]
    /\ preparedAt' = [preparedAt EXCEPT ![n] = 0]
    /\ acks' = [acks EXCEPT ![n] = {}]
    /\ UNCHANGED <<promised, round, msgs, early, elected, now, clock, leaseFrom>>

\* The network loses one copy of m, or delivers one more: msgs already allows both.
Lose(m) == m \in msgs /\ UNCHANGED vars
Duplicate(m) == m \in msgs /\ UNCHANGED vars

Receive(n, m) ==
    \/ ReceivePrepare(n, m)
    \/ ReceivePromise(n, m)
    \/ BecomeLeader(n, m)
    \/ ReceiveNack(n, m)
    \/ ReceiveHeartbeat(n, m)
    \/ ReceiveHeartbeatAck(n, m)

Next ==
    \/ \E n \in Node : \/ Start(n) \/ Restart(n) \/ Crash(n) \/ Timeout(n) \/ SendHeartbeat(n)
                       \/ LeaseExpire(n)
    \/ \E m \in msgs : Receive(m.to, m)
    \/ Tick

(* Fairness, the period of synchrony: every node starts; a timeout the       *)
(* oracle allows eventually fires; every message that would change its      *)
(* receiver is eventually delivered; a leader sends heartbeats.  Receipts   *)
(* that change nothing are stuttering steps, so per-node fairness suffices. *)
(* Crash, Restart and early timeouts are not fair, and there are finitely   *)
(* many of them (MaxCrashes, MaxEarly).  Termination is checked without the *)
(* lease only (its models bound time with MaxTime).                          *)
Fairness ==
    \A n \in Node :
        /\ WF_vars(Start(n))
        /\ WF_vars(Sync(n) /\ Timeout(n))
        /\ WF_vars(\E m \in msgs : m.to = n /\ Receive(n, m))
        /\ WF_vars(SendHeartbeat(n))

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* A view for the lease models: only differences between readings of one   *)
(* node's clock matter (every guard compares n's clock with n's earlier    *)
(* readings: leaseFrom, leaseUntil, preparedAt, and the sentAt of its own  *)
(* heartbeats and of the acks they get), so the view keeps each reading    *)
(* relative to its node's clock now, and drops now itself.  It cuts them   *)
(* where they stop mattering: an acceptor's lease LEASE after leaseFrom    *)
(* (then it grants anybody, whoever held it), a leader's leaseUntil once    *)
(* reached, a preparedAt or a sentAt once LEASE_HELD old (it can no longer  *)
(* start or extend a lease; an ack entry that old can only close older     *)
(* ones, so the view leaves such entries out).  States with equal views    *)
(* have the same futures, so with this view the models need no bound on    *)
(* time: MaxTime only keeps now finite where no view is used.               *)
(***************************************************************************)

\* Reading r of n's clock, relative to its clock now and cut LEASE_HELD back.
Ago(n, r) == IF r - clock[n] > -LEASE_HELD THEN r - clock[n] ELSE -LEASE_HELD

\* The clock that a message's sentAt was read from: the leader's.
Stamped(m) ==
    CASE m.type = "Heartbeat" -> [m EXCEPT !.sentAt = Ago(m.from, m.sentAt)]
      [] m.type = "HeartbeatAck" -> [m EXCEPT !.sentAt = Ago(m.to, m.sentAt)]
      [] OTHER -> m

LeaseView ==
    <<promised, round, state, promises, leader, up, {Stamped(m) : m \in msgs}, crashes, early, elected,
      [n \in Node |-> IF clock[n] - leaseFrom[n] >= LEASE THEN <<None, LEASE>>
                      ELSE <<leaseHolder[n], clock[n] - leaseFrom[n]>>],
      [n \in Node |-> IF leaseUntil[n] > clock[n] THEN leaseUntil[n] - clock[n] ELSE 0],
      [n \in Node |-> Ago(n, preparedAt[n])],
      [n \in Node |-> {<<p[1] - clock[n], p[2]>> : p \in {q \in acks[n] : q[1] + LEASE_HELD > clock[n]}}]>>

(***************************************************************************)
(* A view for the safety models without the lease whose early-timeout      *)
(* budget never binds (MaxEarly at least MaxRound times the nodes) and     *)
(* whose rules are the algorithm's (no mutant).  It leaves out what no     *)
(* guard, invariant or refinement reads: early (it never binds), leader    *)
(* (read by Termination only), the promises of a node that does not        *)
(* campaign (a leader's count is never read again; a new campaign starts  *)
(* its own), and the messages whose receipt can change nothing, now or    *)
(* later: a Promise for a ballot its proposer no longer campaigns for (it  *)
(* campaigns for a ballot once: a new campaign takes a higher round), and  *)
(* a Nack whose promise is at or below its receiver's ballot and round     *)
(* (both only rise).  States with equal views have the same invariants and *)
(* the same successors' views, so TLC may count them as one.               *)
(***************************************************************************)

\* A Promise that can still count: its proposer campaigns for its ballot.
Counts(m) == state[m.bal[2]] = "Candidate" /\ Own(m.bal[2]) = m.bal

\* A Nack that can still make its receiver give way or raise its round.
Bites(m) ==
    round[m.to] < m.promised[1] \/ (state[m.to] \in {"Candidate", "Leader"} /\ Less(Own(m.to), m.promised))

Alive(m) == (m.type = "Promise" => Counts(m)) /\ (m.type = "Nack" => Bites(m))

SafetyView ==
    <<promised, round, state, [n \in Node |-> IF state[n] = "Candidate" THEN promises[n] ELSE {}], up,
      {m \in msgs : Alive(m)}, crashes, elected>>

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* Uniqueness per ballot: a ballot is led once, by its own proposer (one tenure per fencing token).
Uniqueness ==
    \A i, j \in DOMAIN elected :
        /\ elected[i][1][2] = elected[i][2]
        /\ i # j => elected[i][1] # elected[j][1]

\* What phase 1 buys: a majority stays promised at or above every ballot that ever led, so no
\* lower ballot can gather a majority afterwards (the acceptors fence the older leaders off).
Fenced ==
    \A i \in DOMAIN elected :
        Cardinality({a \in Node : ~Less(promised[a], elected[i][1])}) >= Quorum

\* The lease's promise (Java's exclusiveLeadership): at no moment of real time do two live nodes
\* believe they lead, whatever their ballots.
Exclusive ==
    Lease => \A a, b \in Node : state[a] = "Leader" /\ state[b] = "Leader" => a = b

Settled(l) == up[l] /\ state[l] = "Leader" /\ \A n \in Node : up[n] => leader[n] = l

\* After the (finitely many) faults and early timeouts, one leader is known to every live node, for good.
Termination == <>[](\E l \in Node : Settled(l))

(***************************************************************************)
(* An inductive invariant without the lease (Lease FALSE): every step of   *)
(* Next from a state of IndInv ends in a state of IndInv, and IndInv       *)
(* implies Uniqueness and Fenced (MCPaxos3Ind checks one step from every   *)
(* state of IndInv over a finite domain).  Why Uniqueness holds: a         *)
(* candidate's ballot was never led (IndInv's third conjunct), because no  *)
(* node's round is below a ballot it led and a new campaign takes a round  *)
(* above its own (mutant "forget-round" breaks this).  Why Fenced holds:   *)
(* promises only rise, a Promise message and a candidate's count of        *)
(* promises stand for acceptors promised at or above the ballot, and a     *)
(* ballot leads only with a majority of them.                               *)
(***************************************************************************)
\* A message as the actions send it (without the lease): a Prepare or Heartbeat from its ballot's
\* proposer, a Promise or Nack to it, a Nack naming a higher promise, all of round 1 or more.
WellFormed(m) ==
    /\ m.bal[1] >= 1 /\ m.from # m.to
    /\ m.type \in {"Prepare", "Heartbeat"} => m.from = m.bal[2]
    /\ m.type \in {"Promise", "Nack"} => m.to = m.bal[2]
    /\ m.type = "Nack" => Less(m.bal, m.promised)
    /\ m.type = "Heartbeat" => m.sentAt = 0

\* Promises and rounds never fall (mutant "forget-round" lowers a round).
Monotone == \A n \in Node : ~Less(promised'[n], promised[n]) /\ round'[n] >= round[n]

IndInv ==
    /\ \A n \in Node : up[n] <=> state[n] # "Down"
    \* before every node started, nothing happened but Starts
    /\ ~Started => /\ msgs = {} /\ elected = <<>>
                   /\ \A n \in Node : state[n] \in {"Idle", "Follower"} /\ round[n] = 0 /\ promised[n] = Zero
    /\ \A n \in Node :
        /\ promised[n][1] <= round[n]
        /\ promised[n] # Zero => promised[n][2] \in Node
        /\ state[n] \notin {"Candidate", "Leader"} => promises[n] = {}
        \* a candidate or leader promised its own ballot (a higher one would have made it give way)
        /\ state[n] \in {"Candidate", "Leader"} => round[n] >= 1 /\ n \in promises[n] /\ promised[n] = Own(n)
        \* a leader won its ballot with a majority promised to it or higher
        /\ state[n] = "Leader" =>
               /\ Cardinality(promises[n]) >= Quorum
               /\ \A a \in promises[n] : ~Less(promised[a], Own(n))
        \* a candidate campaigns for a ballot that never led, with promises of acceptors promised to it or higher
        /\ state[n] = "Candidate" =>
               /\ \A i \in DOMAIN elected : elected[i][1] # Own(n)
               /\ \A a \in promises[n] : ~Less(promised[a], Own(n))
    \* messages as the actions send them
    /\ \A m \in msgs : WellFormed(m)
    \* a Promise stands for an acceptor promised at or above its ballot
    /\ \A m \in msgs : m.type = "Promise" => ~Less(promised[m.from], m.bal)
    \* no node's round is below a ballot it led
    /\ \A i \in DOMAIN elected : elected[i][1][1] <= round[elected[i][2]]
    /\ Uniqueness
    /\ Fenced

(***************************************************************************)
(* Witnesses: state predicates that a passing model must show reachable,   *)
(* so that its invariants met the dangerous situations.                    *)
(***************************************************************************)

Live(n, s) == up[n] /\ state[n] = s

\* The proposer of <<ballot, node>> e still leads that ballot.
LeadsNow(e) == Live(e[2], "Leader") /\ Own(e[2]) = e[1]

\* Prepare m is still in flight: its acceptor has promised neither its ballot nor a higher one.
InFlight(m) == m.type = "Prepare" /\ Less(promised[m.to], m.bal)

\* Two live candidates at once, or Prepares of two proposers' ballots in flight at once.
WitnessRivals ==
    \/ \E a, b \in Node : a # b /\ Live(a, "Candidate") /\ Live(b, "Candidate")
    \/ \E m1, m2 \in msgs : InFlight(m1) /\ InFlight(m2) /\ m1.bal[2] # m2.bal[2]

\* A leader no longer leads (crashed, stepped down, or its lease ran out) and a later leader, another
\* node, leads now.
WitnessFailover ==
    \E i, j \in DOMAIN elected :
        i < j /\ elected[i][2] # elected[j][2] /\ ~LeadsNow(elected[i]) /\ LeadsNow(elected[j])

\* A node crashed and is up again, having promised before: in the settled boot every acceptor has
\* promised <<1, First>> before any step (promised is durable), so once a crash happened and every node
\* is up, the crashed one restarted with a promise.  (The models that start together have no crash.)
WitnessRestart ==
    Boot = "settled" /\ crashes > 0 /\ \A n \in Node : up[n]

\* A stale leader alive beside a newer one: a live leader of a lower ballot beside a live leader of a
\* higher one (the lease forbids it: Exclusive).
WitnessStale ==
    \E a, b \in Node : Live(a, "Leader") /\ Live(b, "Leader") /\ Less(Own(a), Own(b))

\* A candidate's Prepare was refused: a Nack answers a ballot whose proposer still campaigns for it.
WitnessRefused ==
    \E m \in msgs : m.type = "Nack" /\ Live(m.to, "Candidate") /\ m.bal = Own(m.to)

(***************************************************************************)
(* Refinement of the abstract election (Election.tla).  A leader's term is *)
(* the term its Java node reports: its own ballot, encoded round * 1024 +  *)
(* id; every leadership is in elected, with a term other than 0 (rounds    *)
(* start at 1).  With the lease, leadership is exclusive in time.          *)
(***************************************************************************)

Term(b) == b[1] * 1024 + b[2]
Range(s) == {s[i] : i \in DOMAIN s}

Abstract == INSTANCE Election WITH
    Exclusive <- Lease,
    lead <- {<<Term(Own(n)), n>> : n \in {x \in Node : Live(x, "Leader")}},
    elected <- {<<Term(e[1]), e[2]>> : e \in Range(elected)}

RefinesElection == Abstract!Spec
=============================================================================
