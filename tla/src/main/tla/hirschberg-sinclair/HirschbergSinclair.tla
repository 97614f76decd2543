------------------------- MODULE HirschbergSinclair -------------------------
(***************************************************************************)
(* Hirschberg and Sinclair's election on a bidirectional ring (1980), the   *)
(* specification of impl/src/main/java/dev/electorate/impl/                 *)
(* hirschbergsinclair. In phase k a candidate probes 2^k hops each way: a   *)
(* probe travels on while its id beats the ids it meets and it has hops     *)
(* left, turns back as a reply at its last hop, and dies at a higher id. A  *)
(* candidate whose two replies of its phase are back starts phase k + 1. A  *)
(* candidate whose own probe comes home has passed every other node: it     *)
(* leads and sends ELECTED once round the ring (towards successors); each   *)
(* node follows it and passes it on. The per-node variables are the ones    *)
(* the Java node records (state, leader, phase, replies); the actions have  *)
(* the names it records, in the same order.                                 *)
(*                                                                         *)
(* Assumptions, made explicit:                                              *)
(*  - Members are the sequence Ring in ring order, ids distinct positive;   *)
(*    each node talks to its two neighbours, and every message says which  *)
(*    way it travels (dir: "cw" towards successors, "ccw" towards           *)
(*    predecessors).                                                        *)
(*  - No crashes and no loss: every message sent is eventually received     *)
(*    (the fairness below). The classic algorithm has no timers and no     *)
(*    recovery, so it assumes both.                                         *)
(*  - Nothing else: msgs is the set of every message ever sent and a       *)
(*    message may be received at any time, in any order, any number of     *)
(*    times. Reordering and duplication are therefore behaviours of this    *)
(*    spec, and so are pauses and skewed clocks (there is no time at all).  *)
(*    A second receipt changes nothing: relaying depends only on the        *)
(*    message and the node's id, replies are a set of directions, and an   *)
(*    older phase's reply is stale.                                         *)
(*                                                                         *)
(* Mutants TLC must reject: "reply-smaller" (probes of lower ids are passed *)
(* on and answered too, so every candidate's last probe comes home:         *)
(* Uniqueness fails) and "no-next-phase" (a candidate never starts the next *)
(* phase, so no probe goes round the ring: Termination fails).              *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Ring,     \* the members in ring order: a sequence of distinct positive ids
    Mutant    \* "none", "reply-smaller" or "no-next-phase"

VARIABLES
    state,    \* state[n]: "Idle" (before Start), "Candidate", "Leader", "Follower"
    leader,   \* leader[n]: the id n believes leads, 0 for none
    phase,    \* phase[n]: n's current phase k (its probes reach 2^k hops)
    replies,  \* replies[n]: the directions whose probe of phase[n] came back as a reply
    msgs      \* msgs[n]: every message ever sent to n (never removed: see the header)

vars == <<state, leader, phase, replies, msgs>>

ASSUME Mutant \in {"none", "reply-smaller", "no-next-phase"}

Node == {Ring[i] : i \in DOMAIN Ring}
N == Len(Ring)
ASSUME Cardinality(Node) = N /\ \A n \in Node : n \in Nat \ {0}

Dirs == {"cw", "ccw"}
Opposite(d) == IF d = "cw" THEN "ccw" ELSE "cw"
\* Constant functions, so TLC computes them once.
PosF == [n \in Node |-> CHOOSE i \in DOMAIN Ring : Ring[i] = n]
NeighbourF == [p \in Node \X Dirs |->
                 IF p[2] = "cw" THEN Ring[(PosF[p[1]] % N) + 1]
                 ELSE Ring[((PosF[p[1]] + N - 2) % N) + 1]]
Max(S) == CHOOSE x \in S : \A y \in S : y <= x
Top == Max(Node)
\* The first phase whose probes reach round the whole ring: ceil(log2 N).
LastPhase == CHOOSE k \in 0..N : 2^k >= N /\ \A j \in 0..N : 2^j >= N => k <= j
\* How far a probe of phase k travels before it turns back.
Reach(k) == 2^k

\* All messages are records with the same fields. Probe carries (id, phase, hops, dir), Reply
\* (id, phase, dir) with hops 0, Elected (id) with phase 0, hops 0, dir "cw". from and to are the
\* link; the Java messages carry the rest.
Msg(from, d, t, id, k, h) ==
    [from |-> from, to |-> NeighbourF[<<from, d>>], type |-> t, id |-> id, phase |-> k, hops |-> h, dir |-> d]

Types == {"Probe", "Reply", "Elected"}

TypeOK ==
    /\ state \in [Node -> {"Idle", "Candidate", "Leader", "Follower"}]
    /\ leader \in [Node -> Node \cup {0}]
    /\ phase \in [Node -> 0..LastPhase]
    /\ replies \in [Node -> SUBSET Dirs]
    /\ DOMAIN msgs = Node
    /\ \A n \in Node : \A m \in msgs[n] :
           /\ m.type \in Types /\ m.from \in Node /\ m.to = n /\ m.id \in Node
           /\ m.phase \in 0..LastPhase /\ m.hops \in 0..Reach(LastPhase) /\ m.dir \in Dirs

Init ==
    /\ state = [n \in Node |-> "Idle"]
    /\ leader = [n \in Node |-> 0]
    /\ phase = [n \in Node |-> 0]
    /\ replies = [n \in Node |-> {}]
    /\ msgs = [n \in Node |-> {}]

(***************************************************************************)
(* One reaction of node n works on a pair LS = <<L, S>>: L is a record of   *)
(* n's variables, S the set of messages it sends. Commit writes both back.  *)
(***************************************************************************)
Local(n) == [state |-> state[n], leader |-> leader[n], phase |-> phase[n], replies |-> replies[n]]

Commit(n, P) ==
    \E LS \in {P} :
    LET L == LS[1] IN
    /\ state' = [state EXCEPT ![n] = L.state]
    /\ leader' = [leader EXCEPT ![n] = L.leader]
    /\ phase' = [phase EXCEPT ![n] = L.phase]
    /\ replies' = [replies EXCEPT ![n] = L.replies]
    /\ msgs' = [k \in Node |-> msgs[k] \cup {m \in LS[2] : m.to = k}]

\* Java's probe: the current phase's probes, one hop out each way.
Probes(n, k) == {Msg(n, d, "Probe", n, k, 1) : d \in Dirs}

Lead(n, L) == [L EXCEPT !.state = "Leader", !.leader = n]

(***************************************************************************)
(* Actions, in the order of HirschbergSinclair.java.                        *)
(***************************************************************************)

\* Alone on the ring a node leads at once; otherwise it probes phase 0.
Start(n) ==
    /\ state[n] = "Idle"
    /\ Commit(n, IF N = 1 THEN <<Lead(n, Local(n)), {}>>
                 ELSE <<[Local(n) EXCEPT !.state = "Candidate"], Probes(n, 0)>>)

\* A message to n that n can take (it has started).
Deliverable(n, m, t) == state[n] # "Idle" /\ m.to = n /\ m.type = t

\* Its own probe home: lead (once) and announce. A higher id's probe goes on while it has hops
\* left and turns back as a reply at its last one; a lower id's dies here.
OnProbe(n, L, m) ==
    IF m.id = n
    THEN IF L.state = "Candidate" THEN <<Lead(n, L), {Msg(n, "cw", "Elected", n, 0, 0)}>> ELSE <<L, {}>>
    ELSE IF m.id > n \/ Mutant = "reply-smaller"
    THEN IF m.hops < Reach(m.phase)
         THEN <<L, {Msg(n, m.dir, "Probe", m.id, m.phase, m.hops + 1)}>>
         ELSE <<L, {Msg(n, Opposite(m.dir), "Reply", m.id, m.phase, 0)}>>
    ELSE <<L, {}>>

ReceiveProbe(n, m) == Deliverable(n, m, "Probe") /\ Commit(n, OnProbe(n, Local(n), m))

\* Someone else's reply travels on; a candidate's own reply of its phase marks that direction
\* answered, and with both answered it starts the next phase. Others are stale.
OnReply(n, L, m) ==
    IF m.id # n
    THEN <<L, {Msg(n, m.dir, "Reply", m.id, m.phase, 0)}>>
    ELSE IF L.state = "Candidate" /\ m.phase = L.phase
    THEN LET R == L.replies \cup {Opposite(m.dir)} IN
         IF R = Dirs /\ Mutant # "no-next-phase"
         THEN <<[L EXCEPT !.phase = @ + 1, !.replies = {}], Probes(n, L.phase + 1)>>
         ELSE <<[L EXCEPT !.replies = R], {}>>
    ELSE <<L, {}>>

ReceiveReply(n, m) == Deliverable(n, m, "Reply") /\ Commit(n, OnReply(n, Local(n), m))

\* Follow the winner and pass the announcement on, unless it is the winner's own back home.
OnElected(n, L, m) ==
    IF m.id # n
    THEN <<[L EXCEPT !.state = "Follower", !.leader = m.id], {Msg(n, "cw", "Elected", m.id, 0, 0)}>>
    ELSE <<L, {}>>

ReceiveElected(n, m) == Deliverable(n, m, "Elected") /\ Commit(n, OnElected(n, Local(n), m))

Receive(n) == \E m \in msgs[n] : ReceiveProbe(n, m) \/ ReceiveReply(n, m) \/ ReceiveElected(n, m)

\* A receipt that changes nothing (a second copy, a stale reply, a lower id's probe) is a
\* stuttering step, which [Next]_vars allows anyway; leaving it out of Next saves TLC from
\* generating it. Trace validation takes Receive itself, so such Java steps are checked too.
Next == \E n \in Node : Start(n) \/ (Receive(n) /\ vars' # vars)

(* Every node starts and every message is received: the "no loss, no crash" assumption. Stated *)
(* as weak fairness of Next, which is enough here: receiving a message again changes nothing,   *)
(* and a step that changes something can happen only finitely often (msgs only grows, phases    *)
(* only rise, replies only grow within a phase, a decided node stays decided). So a behaviour   *)
(* ends in a state where no step changes anything, which is one where every node has started    *)
(* and every message sent has been received. (Weak fairness of each node's Receive says the     *)
(* same, and TLC takes longer to check it.)                                                        *)
Fairness == WF_vars(Next)

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* Never two nodes that believe they lead.
Uniqueness == \A a, b \in Node : state[a] = "Leader" /\ state[b] = "Leader" => a = b

\* Only the highest id ever leads, and only the leader is ever followed.
Validity == \A n \in Node : /\ state[n] = "Leader" => n = Top
                            /\ leader[n] \in {0, Top}

Settled(l) == state[l] = "Leader" /\ \A n \in Node : leader[n] = l

\* One leader is eventually known to every node, for good.
Termination == <>[](\E l \in Node : Settled(l))

(***************************************************************************)
(* Witnesses: states a passing model must show reachable (each checked as  *)
(* an invariant ~W that TLC must report violated). The module has no       *)
(* crashes and one election: no failover, no restart, no stale leader.     *)
(***************************************************************************)

\* a's probe of its current phase has beaten a node: it went past one, or one answered it.
Beats(a) == \E n \in Node : \E m \in msgs[n] :
                /\ m.id = a /\ m.phase = phase[a]
                /\ (m.type = "Reply" \/ (m.type = "Probe" /\ m.hops >= 2))

\* Rivals: two candidates at once, each with a probe of its current phase that has beaten a node.
WitnessRivals ==
    \E a, b \in Node : a # b /\ state[a] = "Candidate" /\ state[b] = "Candidate" /\ Beats(a) /\ Beats(b)

\* Rival phases: two candidates at once both past phase 0 (each beat its neighbours both ways).
WitnessRivalPhases ==
    \E a, b \in Node : a # b /\ state[a] = "Candidate" /\ state[b] = "Candidate" /\ phase[a] >= 1 /\ phase[b] >= 1

(***************************************************************************)
(* An inductive invariant that implies Uniqueness (and Validity): a probe  *)
(* has only ever passed ids lower than its own, a reply turns back only    *)
(* after a whole reach of lower ids, ELECTED names Top, only Top leads and *)
(* only Top is followed. MCHirschbergSinclair3Ind checks that every step   *)
(* from a state of IndInv ends in one; IndInv => Uniqueness is immediate.  *)
(***************************************************************************)

\* The node j hops from a in direction d (j >= 0).
Walk(a, d, j) ==
    IF d = "cw" THEN Ring[((PosF[a] - 1 + j) % N) + 1]
    ELSE Ring[((PosF[a] - 1 - (j % N) + N) % N) + 1]

\* A probe is j hops out from its owner, on its way in its direction, past lower ids only; a reply
\* turns back after Reach(phase) lower ids in the probe's direction (so its phase is below
\* LastPhase: a reach of N or more would pass the owner itself).
MsgOK(m) ==
    /\ m.type = "Probe" =>
           /\ m.hops \in 1..Reach(m.phase)
           /\ Walk(m.id, m.dir, m.hops) = m.to
           /\ \A j \in 1..(m.hops - 1) : Walk(m.id, m.dir, j) < m.id
    /\ m.type = "Reply" =>
           /\ Reach(m.phase) < N
           /\ \A j \in 1..Reach(m.phase) : Walk(m.id, Opposite(m.dir), j) < m.id
    /\ m.type = "Elected" => m.id = Top

IndInv ==
    /\ TypeOK
    /\ \A n \in Node : state[n] = "Leader" => n = Top
    /\ \A n \in Node : leader[n] \in {0, Top}
    /\ \A n \in Node : \A m \in msgs[n] : MsgOK(m)

(***************************************************************************)
(* Refinement of Election.tla. The Java node reports term 0 (one election, *)
(* no terms: HirschbergSinclair.term()) and no node crashes, so every       *)
(* leadership is <<0, n>> and the history of leaderships with a term is     *)
(* empty.                                                                   *)
(***************************************************************************)
Abstract == INSTANCE Election WITH
    Exclusive <- FALSE,
    lead <- {<<0, n>> : n \in {m \in Node : state[m] = "Leader"}},
    elected <- {}

RefinesElection == Abstract!Spec
=============================================================================
