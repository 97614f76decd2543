-------------------------- MODULE MCItaiRodeh3Links --------------------------
(***************************************************************************)
(* ItaiRodeh, 3 processes, ids from 1..2, on links that break the module's *)
(* assumption of reliable FIFO delivery. The network may duplicate a       *)
(* message in flight, the copy travelling right behind it (as the          *)
(* simulator's duplicate fault does on a FIFO link), and let a message     *)
(* overtake the one ahead of it on the same link (so any order, in steps). *)
(* Faults bounds the network's steps in a behaviour, as the simulator's    *)
(* faults last a bounded window; the processes' steps keep the spec's      *)
(* fairness. Rounds are exact (RoundMod = 0: the modulo-3 models rest on   *)
(* FIFO) and TLC explores no further than round MaxRound. Hop counts past  *)
(* N are all N + 1 (HopAfter <- LinksHopAfter): a count is only ever       *)
(* compared with N, so this is exact and keeps stale messages finite.      *)
(*                                                                         *)
(* Checked: Uniqueness, Agreement, and LinksTermination: every fair        *)
(* behaviour ends with one leader known to every process unless it reaches *)
(* round MaxRound, where the model cuts it off. (A step past the cut only  *)
(* starts round MaxRound + 1, so the cut state satisfies the disjunct and  *)
(* the constraint hides no other behaviour.)                               *)
(*                                                                         *)
(* Why it holds (docs/algorithms.md): a message passes an active process   *)
(* only by making it passive or clearing the bit, so a message home with   *)
(* the bit set, even a stale copy of an earlier round, finds every other   *)
(* process passive for good; and the largest (round, id) ever drawn is     *)
(* never dropped, so its process cannot wait for ever.                     *)
(***************************************************************************)
EXTENDS ItaiRodeh

CONSTANTS Kinds, Faults, MaxRound

VARIABLE budget   \* network faults still allowed in this behaviour

MCRing == <<1, 2, 3>>

allVars == <<vars, budget>>

\* ItaiRodeh's network faults, while the budget lasts.
BoundedDuplicate(n, i) == "duplicate" \in Kinds /\ budget > 0 /\ Duplicate(n, i) /\ budget' = budget - 1
BoundedOvertake(n, i) == "reorder" \in Kinds /\ budget > 0 /\ Overtake(n, i) /\ budget' = budget - 1

Network ==
    \E n \in Node :
        \/ \E i \in DOMAIN chan[n] : BoundedDuplicate(n, i)
        \/ \E i \in 1..(Len(chan[n]) - 1) : BoundedOvertake(n, i)

LinksInit == Init /\ budget = Faults
LinksNext == (Next /\ UNCHANGED budget) \/ Network

\* The spec's fairness, for the processes' steps (the network's steps need none).
LinksFairness ==
    \A n \in Node :
        /\ WF_allVars(Start(n) /\ UNCHANGED budget)
        /\ WF_allVars((ReceiveElection(n) \/ ReceiveElected(n)) /\ UNCHANGED budget)
        /\ SF_allVars(DrawApart(n) /\ UNCHANGED budget)

LinksSpec == LinksInit /\ [][LinksNext]_allVars /\ LinksFairness

LinksMessages ==
    [type : {"Election"}, id : 1..K, round : Nat \ {0}, hop : 1..(N + 1), unique : BOOLEAN, leader : {0}]
    \cup [type : {"Elected"}, id : {0}, round : {0}, hop : {0}, unique : {FALSE}, leader : Node]

\* TypeOK with hop counts past N: a stale message may pass its sender when it has gone passive.
LinksTypeOK ==
    /\ state \in [Node -> {"Idle", "Active", "Passive", "Leader"}]
    /\ id \in [Node -> 0..K]
    /\ round \in [Node -> Nat]
    /\ leader \in [Node -> Node \cup {0}]
    /\ budget \in 0..Faults
    /\ DOMAIN chan = Node
    /\ \A n \in Node : \A i \in DOMAIN chan[n] : chan[n][i] \in LinksMessages

Cut == \E n \in Node : round[n] >= MaxRound

\* Explore no further than a cut state (but keep it, so that the property can see it).
LinksConstraint == \A n \in Node : round[n] <= MaxRound

\* Past N a hop count is never compared again except with N: every count above N is one (N + 1).
LinksHopAfter(h) == IF h >= N THEN N + 1 ELSE h + 1

LinksTermination == Termination \/ <>Cut

\* A witness that the model reaches what duplication and overtaking make possible: a process's
\* message of an earlier round comes home with the bit set while the process is in a later round
\* (it then wins, and Uniqueness still holds). MCItaiRodeh3LinksStaleWin expects this violated.
NoStaleWin == \A n \in Node : Home(n) /\ In(n).unique => In(n).round = round[n]
==============================================================================
