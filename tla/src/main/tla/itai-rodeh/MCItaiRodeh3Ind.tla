---- MODULE MCItaiRodeh3Ind ----
(***************************************************************************)
(* IndInv (ItaiRodeh.tla) is inductive and implies Uniqueness.  The        *)
(* initial states are every state of the domain below that satisfies       *)
(* IndInv; TLC takes one step of Next from each (IndNext stops it there)   *)
(* and checks IndInv and Uniqueness on every successor.  The               *)
(* passing models check IndInv on every reachable state, so it holds       *)
(* initially too.                                                          *)
(*                                                                         *)
(* The domain: processes 1, 2 and 3 in ring order, ids from 1..2, rounds   *)
(* modulo 3; each process idle, or active, passive or leading with any id  *)
(* and round; at most one message in flight, on any link, of any content   *)
(* (an ELECTION with any id, round, bit and hop count up to N + 1, or an   *)
(* ELECTED).  TypeOK bounds hop counts by N: a process gets its own        *)
(* ELECTION back only while active, which rests on more than IndInv says   *)
(* (a FIFO argument); IndInv does not need it, so the domain allows one    *)
(* hop more and TypeOK is not checked here.                                *)
(* Fixed: leader (0: read by no guard and no conjunct).                    *)
(*                                                                         *)
(* Why one message suffices (not the two links of two messages each that   *)
(* a FIFO argument would ask for): a step never makes a passive process    *)
(* anything else, so it cannot break what IndInv says of a message it      *)
(* neither takes nor sends; a step that breaks a conjunct takes at most    *)
(* one message, the head of its link, and the conjunct then speaks of that *)
(* message, of the one it sends, or of the leaders (Start, which takes     *)
(* none, or Win).  So every step that leaves IndInv from some state of it  *)
(* leaves it from the state cut down to the message it takes, which is in  *)
(* the domain.                                                             *)
(*                                                                         *)
(* Not vacuous (both over the domain with ids from 1..1):                  *)
(* MCItaiRodeh3IndWeak takes Uniqueness alone for IndInv and TLC finds a   *)
(* step out of it (an ELECTION home with its bit set at an active process  *)
(* beside a leader); MCItaiRodeh3Ind_TieWins checks IndInv against the     *)
(* mutant tie-wins and TLC finds the step that breaks it (a tied process   *)
(* wins beside idle ones).                                                 *)
(***************************************************************************)
EXTENDS ItaiRodeh, TLC

CONSTANT Strength

MCRing == <<1, 2, 3>>

ASSUME Strength \in {"ind", "weak"}

\* Messages with hop counts up to N + 1: TypeOK's bound N (a process gets its own ELECTION back
\* only while active) rests on more than IndInv says, and IndInv does not need it.
AnyHopMessages ==
    {[m EXCEPT !.hop = h] : m \in {x \in Messages : x.type = "Election"}, h \in 1..(N + 1)}
    \cup {x \in Messages : x.type = "Elected"}

\* What process n may be, as <<state, id, round>>.
ProcStates ==
    {<<"Idle", 0, 0>>} \cup ({"Active", "Passive", "Leader"} \X (1..K) \X Rounds)

Domain ==
    /\ leader = [n \in Node |-> 0]
    /\ \E t1, t2, t3 \in ProcStates :
        LET t == (1 :> t1) @@ (2 :> t2) @@ (3 :> t3) IN
        /\ state = [n \in Node |-> t[n][1]]
        /\ id = [n \in Node |-> t[n][2]]
        /\ round = [n \in Node |-> t[n][3]]
    /\ chan \in {[n \in Node |-> <<>>]}
                \cup {[n \in Node |-> IF n = x THEN <<m>> ELSE <<>>] : x \in Node, m \in AnyHopMessages}

\* The candidate invariant: IndInv, or (Strength "weak") the property alone.
WeakInv == Uniqueness
Candidate == IF Strength = "ind" THEN IndInv ELSE WeakInv

IndInit == Domain /\ Candidate

\* Initial states are at level 1: a step only from them, so TLC checks their successors and computes
\* no successor of those.
IndNext == TLCGet("level") = 1 /\ Next

IndSpec == IndInit /\ [][IndNext]_vars

IndImpliesUniqueness == IndInv => Uniqueness
====
