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
(* Time.  There are no clocks.  Timeout may fire at any moment in a        *)
(* follower or a candidate, as a timer can under loss, partitions, pauses  *)
(* or skewed clocks; safety (Uniqueness, Fenced) is checked against all of *)
(* that.  Termination assumes eventual synchrony: after at most MaxEarly   *)
(* "early" timeouts, every timeout happens only when the synchrony oracle  *)
(* Sync holds, i.e. when no leader is up and the node knows the highest    *)
(* round of all live nodes, so its ballot can win alone (randomized        *)
(* timeouts let one node time out well before the others).                *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Node,        \* the node ids: a finite set of positive integers
    MaxRound,    \* no node prepares a ballot beyond this round, so models are finite
    MaxCrashes,  \* how many Crash steps one behaviour may take
    MaxEarly,    \* how many timeouts may fire outside the synchrony oracle
    Mutant,      \* "none" for the algorithm, else the name of the one rule it breaks
    Boot         \* "together": all nodes start, as in the simulator; "settled": begin where an
                 \* election ends (the lowest id leads ballot <<1, id>>), so models can afford faults

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
    elected    \* history: <<ballot, node>> for every BecomeLeader so far, in order

vars == <<promised, round, state, promises, leader, up, msgs, crashes, early, elected>>

None == 0
Zero == <<0, 0>>
States == {"Idle", "Follower", "Candidate", "Leader", "Down"}
Mutants == {"none", "forget-round", "ignore-higher-ballot"}
Quorum == Cardinality(Node) \div 2 + 1
Ballots == Nat \X (Node \cup {None})

ASSUME Mutant \in Mutants
ASSUME Boot \in {"together", "settled"}
ASSUME MaxRound \in Nat /\ MaxCrashes \in Nat /\ MaxEarly \in Nat

\* Ballot a is below ballot b: by round, then by proposer id.
Less(a, b) == a[1] < b[1] \/ (a[1] = b[1] /\ a[2] < b[2])
Max(a, b) == IF a > b THEN a ELSE b

\* The ballot n campaigns for or leads.
Own(n) == <<round[n], n>>

Prepare(f, d, b) == [type |-> "Prepare", from |-> f, to |-> d, bal |-> b]
Promise(f, d, b) == [type |-> "Promise", from |-> f, to |-> d, bal |-> b]
Nack(f, d, b, p) == [type |-> "Nack", from |-> f, to |-> d, bal |-> b, promised |-> p]
Heartbeat(f, d, b) == [type |-> "Heartbeat", from |-> f, to |-> d, bal |-> b]

Messages ==
    [type : {"Prepare", "Promise", "Heartbeat"}, from : Node, to : Node, bal : Ballots]
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
                      \cup {Heartbeat(First, d, <<1, First>>) : d \in Node \ {First}}
            /\ elected = << <<<<1, First>>, First>> >>
    /\ up = [n \in Node |-> TRUE]
    /\ crashes = 0
    /\ early = 0

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

Heartbeats(n, b) == {Heartbeat(n, d, b) : d \in Node \ {n}}

\* The synchrony oracle: no leader is up and n knows the highest round of every live node (the
\* lower id on a tie), so its next ballot is above every live acceptor's promise and it times out
\* alone: it stands for the node whose randomized timer fires well before the others'.
Sync(n) ==
    /\ ~\E m \in Node : up[m] /\ state[m] = "Leader"
    /\ \A m \in Node \ {n} : up[m] => (round[n] > round[m] \/ (round[n] = round[m] /\ n < m))

(***************************************************************************)
(* Node actions, in the order of Paxos.java.                                *)
(***************************************************************************)

Start(n) ==
    /\ state[n] = "Idle"
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ UNCHANGED <<promised, round, promises, leader, up, msgs, crashes, early, elected>>

\* promised and round are durable; mutant "forget-round" loses round.
Restart(n) ==
    /\ ~up[n]
    /\ up' = [up EXCEPT ![n] = TRUE]
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ round' = IF Mutant = "forget-round" THEN [round EXCEPT ![n] = 0] ELSE round
    /\ UNCHANGED <<promised, promises, leader, msgs, crashes, early, elected>>

\* The election timer: prepare the next ballot; n's own acceptor promises it first.
Timeout(n) ==
    /\ Started /\ up[n] /\ state[n] \in {"Follower", "Candidate"}
    /\ round[n] < MaxRound
    /\ Sync(n) \/ early < MaxEarly
    /\ early' = IF Sync(n) THEN early ELSE early + 1
    /\ LET b == <<round[n] + 1, n>>
           self == ~Less(b, promised[n])
           pr == IF self THEN {n} ELSE {}
           wins == Cardinality(pr) >= Quorum
       IN /\ round' = [round EXCEPT ![n] = b[1]]
          /\ promised' = IF self THEN [promised EXCEPT ![n] = b] ELSE promised
          /\ promises' = [promises EXCEPT ![n] = pr]
          /\ state' = [state EXCEPT ![n] = IF wins THEN "Leader" ELSE "Candidate"]
          /\ leader' = [leader EXCEPT ![n] = IF wins THEN n ELSE None]
          /\ msgs' = msgs \cup {Prepare(n, d, b) : d \in Node \ {n}}
                          \cup (IF wins THEN Heartbeats(n, b) ELSE {})
          /\ elected' = IF wins THEN Append(elected, <<b, n>>) ELSE elected
    /\ UNCHANGED <<up, crashes>>

Delivered(n, m, type) == Started /\ m \in msgs /\ m.to = n /\ m.type = type /\ up[n]

\* Phase 1b: promise a ballot at least as high as the promise so far, or refuse it with the higher one.
ReceivePrepare(n, m) ==
    /\ Delivered(n, m, "Prepare")
    /\ IF Less(m.bal, promised[n])
       THEN /\ msgs' = msgs \cup {Nack(n, m.from, m.bal, promised[n])}
            /\ UNCHANGED <<promised, round, state, promises, leader>>
       ELSE LET o == Observe(n, m.bal)
            IN /\ Become(n, [o EXCEPT !.ld = IF o.st = "Follower" /\ Less(promised[n], m.bal)
                                             THEN None ELSE o.ld])
               /\ promised' = [promised EXCEPT ![n] = m.bal]
               /\ msgs' = msgs \cup {Promise(n, m.from, m.bal)}
    /\ UNCHANGED <<up, crashes, early, elected>>

\* A promise for n's current campaign.
Counted(n, m) == state[n] = "Candidate" /\ m.bal = Own(n)

ReceivePromise(n, m) ==
    /\ Delivered(n, m, "Promise")
    /\ ~(Counted(n, m) /\ Cardinality(promises[n] \cup {m.from}) >= Quorum)
    /\ promises' = [promises EXCEPT ![n] = IF Counted(n, m) THEN @ \cup {m.from} ELSE @]
    /\ UNCHANGED <<promised, round, state, leader, up, msgs, crashes, early, elected>>

\* The promise that completes a majority: n leads its ballot and sends its first heartbeats.
BecomeLeader(n, m) ==
    /\ Delivered(n, m, "Promise")
    /\ Counted(n, m) /\ Cardinality(promises[n] \cup {m.from}) >= Quorum
    /\ promises' = [promises EXCEPT ![n] = @ \cup {m.from}]
    /\ state' = [state EXCEPT ![n] = "Leader"]
    /\ leader' = [leader EXCEPT ![n] = n]
    /\ msgs' = msgs \cup Heartbeats(n, Own(n))
    /\ elected' = Append(elected, <<Own(n), n>>)
    /\ UNCHANGED <<promised, round, up, crashes, early>>

\* Someone promised a higher ballot: outbid it next time, and give way if campaigning or leading.
ReceiveNack(n, m) ==
    /\ Delivered(n, m, "Nack")
    /\ Become(n, Observe(n, m.promised))
    /\ UNCHANGED <<promised, up, msgs, crashes, early, elected>>

\* A heartbeat at least as high as the promise makes n a follower of its sender (and raises the
\* promise to it: the ballot won a majority); a lower one is refused with a Nack, which makes a
\* stale leader step down.
ReceiveHeartbeat(n, m) ==
    /\ Delivered(n, m, "Heartbeat")
    /\ IF Less(m.bal, promised[n])
       THEN /\ msgs' = msgs \cup {Nack(n, m.from, m.bal, promised[n])}
            /\ UNCHANGED <<promised, round, state, promises, leader>>
       ELSE LET o == Observe(n, m.bal)
            IN /\ Become(n, [o EXCEPT !.ld = IF o.st = "Follower" THEN m.from ELSE o.ld])
               /\ promised' = [promised EXCEPT ![n] = m.bal]
               /\ UNCHANGED msgs
    /\ UNCHANGED <<up, crashes, early, elected>>

SendHeartbeat(n) ==
    /\ up[n] /\ state[n] = "Leader"
    /\ msgs' = msgs \cup Heartbeats(n, Own(n))
    /\ UNCHANGED <<promised, round, state, promises, leader, up, crashes, early, elected>>

(***************************************************************************)
(* Faults.                                                                  *)
(***************************************************************************)

\* Volatile state is gone; promised and round stay (they are on disk).
Crash(n) ==
    /\ Started /\ up[n]
    /\ crashes < MaxCrashes
    /\ up' = [up EXCEPT ![n] = FALSE]
    /\ state' = [state EXCEPT ![n] = "Down"]
    /\ leader' = [leader EXCEPT ![n] = None]
    /\ promises' = [promises EXCEPT ![n] = {}]
    /\ crashes' = crashes + 1
    /\ UNCHANGED <<promised, round, msgs, early, elected>>

\* The network loses one copy of m, or delivers one more: msgs already allows both.
Lose(m) == m \in msgs /\ UNCHANGED vars
Duplicate(m) == m \in msgs /\ UNCHANGED vars

Receive(n, m) ==
    \/ ReceivePrepare(n, m)
    \/ ReceivePromise(n, m)
    \/ BecomeLeader(n, m)
    \/ ReceiveNack(n, m)
    \/ ReceiveHeartbeat(n, m)

Next ==
    \/ \E n \in Node : \/ Start(n) \/ Restart(n) \/ Crash(n) \/ Timeout(n) \/ SendHeartbeat(n)
    \/ \E m \in msgs : Receive(m.to, m)

(* Fairness, the period of synchrony: every node starts; a timeout the       *)
(* oracle allows eventually fires; every message that would change its      *)
(* receiver is eventually delivered; a leader sends heartbeats.  Receipts   *)
(* that change nothing are stuttering steps, so per-node fairness suffices. *)
(* Crash, Restart and early timeouts are not fair, and there are finitely   *)
(* many of them (MaxCrashes, MaxEarly).                                      *)
Fairness ==
    \A n \in Node :
        /\ WF_vars(Start(n))
        /\ WF_vars(Sync(n) /\ Timeout(n))
        /\ WF_vars(\E m \in msgs : m.to = n /\ Receive(n, m))
        /\ WF_vars(SendHeartbeat(n))

Spec == Init /\ [][Next]_vars /\ Fairness

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

Settled(l) == up[l] /\ state[l] = "Leader" /\ \A n \in Node : up[n] => leader[n] = l

\* After the (finitely many) faults and early timeouts, one leader is known to every live node, for good.
Termination == <>[](\E l \in Node : Settled(l))
=============================================================================
