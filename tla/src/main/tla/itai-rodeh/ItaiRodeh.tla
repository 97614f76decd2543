------------------------------ MODULE ItaiRodeh ------------------------------
(***************************************************************************)
(* Itai and Rodeh's randomized election on an anonymous ring (A. Itai and  *)
(* M. Rodeh, "Symmetry breaking in distributed networks", Information and  *)
(* Computation 88(1), 1990), in W. Fokkink's presentation ("Distributed    *)
(* Algorithms: An Intuitive Approach", MIT Press): the specification of    *)
(* impl/src/main/java/dev/electorate/impl/itairodeh. Variables and action  *)
(* names are the ones the Java process records.                            *)
(*                                                                         *)
(* Every process starts active in round 1 and draws an id from 1..K; it    *)
(* sends ELECTION(id, round, hop = 1, unique = TRUE) to its successor. An   *)
(* active process receiving ELECTION(i, r, h, b) with h < N                *)
(*  - passes it on with the bit cleared if (r, i) equals its own (a tie),  *)
(*  - becomes passive and passes it on if (r, i) is larger,                *)
(*  - drops it if (r, i) is smaller (its own message beats it).            *)
(* With h = N the message is its own, home: it wins if the bit is still    *)
(* set, and otherwise draws again in the next round. Passive processes     *)
(* pass every ELECTION on, counting the hop. The winner sends ELECTED      *)
(* round the ring; the passive processes record the leader and pass it on; *)
(* the leader absorbs it. No decision reads a process's name: the names    *)
(* (Ring) only lay out the ring, and ELECTED carries the winner's address  *)
(* so that the others can name it.                                          *)
(*                                                                         *)
(* Assumptions, made explicit:                                              *)
(*  - Anonymous ring of known size N (the hop counter needs N).             *)
(*  - Reliable FIFO links: chan[n] is the sequence of messages in flight    *)
(*    from n to its successor. No loss. (Spec has no duplication or         *)
(*    reordering either, but the algorithm survives both: Duplicate and     *)
(*    Overtake below, checked in MCItaiRodeh3Links.)                        *)
(*  - No crashes: the module has no fault actions. (Pauses and skewed       *)
(*    clocks only delay an asynchronous algorithm that sets no timers;      *)
(*    trace validation maps those fault steps to stuttering.)               *)
(*                                                                         *)
(* Rounds. Java counts rounds 1, 2, 3, ... With RoundMod = 0 this module    *)
(* does too (trace validation); for model checking RoundMod = 3 keeps the   *)
(* state space finite, so that a tie repeated for ever is a cycle TLC can   *)
(* see. That is exact because of a FIFO lemma, checked as the invariant     *)
(* RoundWindow on exact rounds (models MCItaiRodeh3Rounds, 4Rounds): an     *)
(* active process in round r only ever meets ELECTIONs of rounds r - 1, r   *)
(* and r + 1. (A process enters r + 1 once its round-r message has passed   *)
(* every process, and FIFO links keep every older message ahead of that     *)
(* one, where an active process of round r drops it; nobody reaches r + 2  *)
(* before its round-(r+1) message has made every round-r process passive.) *)
(* Modulo 3 the three cases stay apart.                                     *)
(*                                                                         *)
(* Termination holds with probability 1, not in every behaviour: the       *)
(* processes may draw the same maximum round after round. The fairness     *)
(* that stands for the probability is strong fairness of DrawApart(n): a   *)
(* process starting a new round draws an id that differs from one another  *)
(* active process has already drawn for that round. Each draw has          *)
(* probability at least 1/K of doing so, so a possibility offered          *)
(* infinitely often is taken infinitely often with probability 1. Why it   *)
(* suffices: if the election never ends, the active processes settle to a  *)
(* fixed set A of two or more that tie in every round; in each round some   *)
(* member of A draws after another one did, so some member p of A does so   *)
(* in infinitely many rounds, DrawApart(p) is enabled infinitely often and, *)
(* by SF, taken: in that round A's draws differ and the lower ones turn     *)
(* passive, so A was not fixed. (K >= 2 is needed; with K = 1 two processes *)
(* tie for ever.) Message delivery is weakly fair per process.              *)
(*                                                                         *)
(* IndInv (below) makes Uniqueness inductive without FIFO order.  Its     *)
(* one-step check (MCItaiRodeh3Ind, long suite) needs one message in       *)
(* flight, not a domain of channels: a step never makes a passive process  *)
(* anything else, so it breaks only what IndInv says of the message it     *)
(* takes or sends.  A domain of channels holding up to 2 messages each, as *)
(* a FIFO argument would need, is past TLC: at N = 3 with K = 2 an         *)
(* ELECTION is an id (2), a round modulo 3 (3), a hop count (3) and a bit  *)
(* (2): 36, and 3 ELECTEDs; a link holding at most 2 of these 39 has       *)
(* 1 + 39 + 39^2 = 1,561 contents, the three links 1,561^3 (about          *)
(* 3.8 * 10^9), times the processes (idle, active, passive or leading, an  *)
(* id, a round and a leader: 4 * 2 * 3 * 4 = 96 each, 884,736 for three):  *)
(* about 3.4 * 10^15 candidate states, where the one-step checks here      *)
(* enumerate under 1,000,000 each.                                         *)
(*                                                                         *)
(* Mutants TLC must reject: "tie-wins" (a process whose message returns     *)
(* with the bit cleared leads anyway: Uniqueness), "forget-hop-count" (a    *)
(* process passes messages on without counting the hop: nothing comes home, *)
(* Termination) and "no-draw-fairness" (the fairness above dropped: the     *)
(* processes may tie for ever, Termination).                                *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Ring,      \* the processes in ring order: a sequence of distinct names (addresses only)
    K,         \* ids are drawn from 1..K
    RoundMod,  \* 0: rounds 1, 2, 3, ... as in Java; 3: rounds modulo 3 (finite models)
    Mutant     \* "none", "tie-wins", "forget-hop-count" or "no-draw-fairness"

VARIABLES
    state,   \* state[n]: "Idle" (before Start), "Active", "Passive", "Leader"
    id,      \* id[n]: the id n drew for its current round (0 before Start)
    round,   \* round[n]: n's round (0 before Start)
    leader,  \* leader[n]: the leader n names, 0 for none
    chan     \* chan[n]: the messages in flight from n to its successor, oldest first

vars == <<state, id, round, leader, chan>>

Node == {Ring[i] : i \in DOMAIN Ring}
N == Len(Ring)

ASSUME Cardinality(Node) = N /\ N >= 1
ASSUME K \in Nat \ {0}
ASSUME RoundMod \in {0, 3}
ASSUME Mutant \in {"none", "tie-wins", "forget-hop-count", "no-draw-fairness"}

Pos(n) == CHOOSE i \in DOMAIN Ring : Ring[i] = n
SuccF == [n \in Node |-> Ring[(Pos(n) % N) + 1]]
PredF == [n \in Node |-> Ring[((Pos(n) + N - 2) % N) + 1]]
Pred(n) == PredF[n]

\* Round arithmetic: exact, or modulo 3 (see the header).
Rounds == IF RoundMod = 0 THEN Nat ELSE 0..(RoundMod - 1)
FirstRound == IF RoundMod = 0 THEN 1 ELSE 1 % RoundMod
Nx(r) == IF RoundMod = 0 THEN r + 1 ELSE (r + 1) % RoundMod
Later(r1, r2) == IF RoundMod = 0 THEN r1 > r2 ELSE r1 = Nx(r2)

\* Every message has every field, so TLC compares them as records of one shape.
ElectionMsg(i, r, h, b) == [type |-> "Election", id |-> i, round |-> r, hop |-> h, unique |-> b, leader |-> 0]
ElectedMsg(l) == [type |-> "Elected", id |-> 0, round |-> 0, hop |-> 0, unique |-> FALSE, leader |-> l]

Messages ==
    [type : {"Election"}, id : 1..K, round : Rounds, hop : 1..N, unique : BOOLEAN, leader : {0}]
    \cup [type : {"Elected"}, id : {0}, round : {0}, hop : {0}, unique : {FALSE}, leader : Node]

TypeOK ==
    /\ state \in [Node -> {"Idle", "Active", "Passive", "Leader"}]
    /\ id \in [Node -> 0..K]
    /\ round \in [Node -> Rounds]
    /\ leader \in [Node -> Node \cup {0}]
    /\ DOMAIN chan = Node
    /\ \A n \in Node : \A i \in DOMAIN chan[n] : chan[n][i] \in Messages

Init ==
    /\ state = [n \in Node |-> "Idle"]
    /\ id = [n \in Node |-> 0]
    /\ round = [n \in Node |-> 0]
    /\ leader = [n \in Node |-> 0]
    /\ chan = [n \in Node |-> <<>>]

(***************************************************************************)
(* Actions, in the order of ItaiRodeh.java.                                *)
(***************************************************************************)

\* n starts: round 1, a fresh id, its ELECTION sent.
Start(n) ==
    /\ state[n] = "Idle"
    /\ \E v \in 1..K :
         /\ state' = [state EXCEPT ![n] = "Active"]
         /\ id' = [id EXCEPT ![n] = v]
         /\ round' = [round EXCEPT ![n] = FirstRound]
         /\ chan' = [chan EXCEPT ![n] = Append(@, ElectionMsg(v, FirstRound, 1, TRUE))]
    /\ UNCHANGED leader

\* The message at the head of n's incoming link, of type t, and n has started.
Incoming(n, t) == state[n] # "Idle" /\ chan[Pred(n)] # <<>> /\ Head(chan[Pred(n)]).type = t
In(n) == Head(chan[Pred(n)])

\* Java's pass: the head goes on to the successor with the next hop count and bit b.
HopAfter(h) == IF Mutant = "forget-hop-count" THEN h ELSE h + 1
Pass(n, m, b) ==
    chan' = [chan EXCEPT ![Pred(n)] = Tail(@), ![n] = Append(@, ElectionMsg(m.id, m.round, HopAfter(m.hop), b))]
Drop(n) == chan' = [chan EXCEPT ![Pred(n)] = Tail(@)]

\* n's own ELECTION is home: the round is over for n.
Home(n) == Incoming(n, "Election") /\ state[n] = "Active" /\ In(n).hop = N
Wins(n) == In(n).unique \/ Mutant = "tie-wins"

Win(n) ==
    /\ Home(n) /\ Wins(n)
    /\ state' = [state EXCEPT ![n] = "Leader"]
    /\ leader' = [leader EXCEPT ![n] = n]
    /\ chan' = [chan EXCEPT ![Pred(n)] = Tail(@), ![n] = Append(@, ElectedMsg(n))]
    /\ UNCHANGED <<id, round>>

\* Another process drew the same id: n draws v for its next round (the random draw).
NewRound(n, v) ==
    /\ Home(n) /\ ~Wins(n)
    /\ id' = [id EXCEPT ![n] = v]
    /\ round' = [round EXCEPT ![n] = Nx(round[n])]
    /\ chan' = [chan EXCEPT ![Pred(n)] = Tail(@), ![n] = Append(@, ElectionMsg(v, Nx(round[n]), 1, TRUE))]
    /\ UNCHANGED <<state, leader>>

\* The draws that break a tie: v differs from an id another active process has drawn for
\* that round already. Strongly fair (see the header): this is where probability 1 lives.
DrawApart(n) ==
    \E v \in 1..K :
        /\ NewRound(n, v)
        /\ \E q \in Node \ {n} : state[q] = "Active" /\ round[q] = Nx(round[n]) /\ id[q] # v

\* A message of another process, at an active n: tie, larger, or smaller than n's own.
Meet(n) ==
    /\ Incoming(n, "Election") /\ state[n] = "Active" /\ In(n).hop # N
    /\ LET m == In(n) IN
       IF m.round = round[n] /\ m.id = id[n]
       THEN Pass(n, m, FALSE) /\ UNCHANGED state
       ELSE IF Later(m.round, round[n]) \/ (m.round = round[n] /\ m.id > id[n])
       THEN Pass(n, m, m.unique) /\ state' = [state EXCEPT ![n] = "Passive"]
       ELSE Drop(n) /\ UNCHANGED state
    /\ UNCHANGED <<id, round, leader>>

\* A passive process passes every ELECTION on; the leader drops the stale ones.
Relay(n) ==
    /\ Incoming(n, "Election") /\ state[n] \in {"Passive", "Leader"}
    /\ IF state[n] = "Passive" THEN Pass(n, In(n), In(n).unique) ELSE Drop(n)
    /\ UNCHANGED <<state, id, round, leader>>

ReceiveElection(n) == Win(n) \/ (\E v \in 1..K : NewRound(n, v)) \/ Meet(n) \/ Relay(n)

\* A passive process follows the leader and passes ELECTED on; the leader absorbs its own.
ReceiveElected(n) ==
    /\ Incoming(n, "Elected")
    /\ IF state[n] = "Passive"
       THEN /\ leader' = [leader EXCEPT ![n] = In(n).leader]
            /\ chan' = [chan EXCEPT ![Pred(n)] = Tail(@), ![n] = Append(@, In(n))]
       ELSE Drop(n) /\ UNCHANGED leader
    /\ UNCHANGED <<state, id, round>>

Next == \E n \in Node : Start(n) \/ ReceiveElection(n) \/ ReceiveElected(n)

(***************************************************************************)
(* Network faults, which Next leaves out (the links above are reliable and *)
(* FIFO): MCItaiRodeh3Links adds them, a bounded number per behaviour, to  *)
(* check that the algorithm survives them, and trace validation where a    *)
(* simulator run had them.                                                 *)
(***************************************************************************)

\* The network copies the i-th message in flight on n's outgoing link; the copy follows it.
Duplicate(n, i) ==
    /\ i \in DOMAIN chan[n]
    /\ chan' = [chan EXCEPT ![n] = SubSeq(@, 1, i) \o <<@[i]>> \o SubSeq(@, i + 1, Len(@))]
    /\ UNCHANGED <<state, id, round, leader>>

\* The (i+1)-th message in flight on n's outgoing link overtakes the i-th.
Overtake(n, i) ==
    /\ i \in 1..(Len(chan[n]) - 1)
    /\ chan[n][i] # chan[n][i + 1]
    /\ LET c == chan[n] IN chan' = [chan EXCEPT ![n] = [c EXCEPT ![i] = c[i + 1], ![i + 1] = c[i]]]
    /\ UNCHANGED <<state, id, round, leader>>

(* Every process starts and takes the messages that reach it (weak fairness per process); *)
(* DrawApart is strongly fair: the fairness that stands for probability 1 (see the header). *)
Fairness ==
    \A n \in Node :
        /\ WF_vars(Start(n))
        /\ WF_vars(ReceiveElection(n))
        /\ WF_vars(ReceiveElected(n))
        /\ IF Mutant = "no-draw-fairness" THEN TRUE ELSE SF_vars(DrawApart(n))

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* Never two leaders (the algorithm elects once; there are no terms).
Uniqueness == \A a, b \in Node : state[a] = "Leader" /\ state[b] = "Leader" => a = b

\* A process names only a process that leads.
Agreement == \A n \in Node : leader[n] # 0 => state[leader[n]] = "Leader"

\* The FIFO lemma behind RoundMod = 3: an active process meets only ELECTIONs one round away at
\* most. Meaningful with exact rounds (RoundMod = 0).
RoundWindow ==
    \A n \in Node :
        Incoming(n, "Election") /\ state[n] = "Active" =>
            In(n).round + 1 >= round[n] /\ In(n).round <= round[n] + 1

(***************************************************************************)
(* Inductive invariant (checked by MCItaiRodeh3Ind, and on every          *)
(* reachable state of the passing models): it implies Uniqueness.  An      *)
(* ELECTION whose bit is still set has made every process it passed        *)
(* passive: an active                                                      *)
(* process it meets either turns passive and passes it, or drops it, or    *)
(* (a tie) clears the bit; a passive one stays passive.  So a message home *)
(* with its bit set has made every other process passive, and a leader     *)
(* sees only passive processes: no other can win.  Why it is inductive: a  *)
(* pass adds the passer, passive by then, to the passed set; Start needs   *)
(* an idle process, which no leader and no passed set holds; a new round's *)
(* ELECTION has passed nobody.  Neither FIFO order nor exact rounds are    *)
(* used: it holds with duplication and overtaking (MCItaiRodeh3Links).     *)
(***************************************************************************)

\* The process k hops before n.
RECURSIVE Back(_, _)
Back(n, k) == IF k = 0 THEN n ELSE Back(Pred(n), k - 1)

\* The processes an ELECTION with hop count h on n's outgoing link has passed: n and the h - 2
\* before it (it left its origin, h - 1 hops before n, with hop count 1).
Passed(n, h) == {Back(n, j) : j \in 0..(h - 2)}

IndInv ==
    /\ \A n \in Node : \A i \in DOMAIN chan[n] :
           chan[n][i].type = "Election" /\ chan[n][i].unique =>
               \A p \in Passed(n, chan[n][i].hop) : state[p] = "Passive"
    /\ \A l \in Node : state[l] = "Leader" => \A p \in Node \ {l} : state[p] = "Passive"

Settled(l) == state[l] = "Leader" /\ \A n \in Node : leader[n] = l

\* With probability 1 (the fairness above), one leader is eventually known to every process.
Termination == <>[](\E l \in Node : Settled(l))

(***************************************************************************)
(* Witnesses: states a passing model must show reachable (each checked as  *)
(* an invariant ~W that TLC must report violated). The module has no       *)
(* crashes and elects once: no failover, no restart, no stale leader.      *)
(***************************************************************************)

\* The process that sent the ELECTION with hop count h now on n's outgoing link (h <= N).
OriginF == [p \in Node \X (1..N) |-> Ring[((Pos(p[1]) - p[2] + N) % N) + 1]]

\* An ELECTION of active process a's current round, sent by a and passed on by another process.
Contending(a) ==
    \E n \in Node : \E i \in DOMAIN chan[n] :
        LET m == chan[n][i] IN
        /\ m.type = "Election" /\ m.hop \in 2..N /\ OriginF[<<n, m.hop>>] = a
        /\ m.round = round[a] /\ m.id = id[a]

\* Rivals: two active processes at once, each with an ELECTION of its round past another process.
WitnessRivals ==
    \E a, b \in Node : a # b /\ state[a] = "Active" /\ state[b] = "Active" /\ Contending(a) /\ Contending(b)

\* A tie: a process's ELECTION comes home with the bit cleared, so it must draw again.
WitnessTie == \E n \in Node : Home(n) /\ ~In(n).unique

(***************************************************************************)
(* Refinement of Election.tla. The Java process reports term 0 (rounds     *)
(* order draws, not leaderships: ItaiRodeh.term()) and no process crashes, *)
(* so every leadership is <<0, n>> and the history of leaderships with a   *)
(* term is empty.                                                           *)
(***************************************************************************)
Abstract == INSTANCE Election WITH
    Exclusive <- FALSE,
    lead <- {<<0, n>> : n \in {m \in Node : state[m] = "Leader"}},
    elected <- {}

RefinesElection == Abstract!Spec
=============================================================================
