---- MODULE MCLamportElection3Ind ----
(***************************************************************************)
(* IndInv (LamportElection.tla) is inductive and implies Uniqueness.  The  *)
(* initial states are every state of the domain below that satisfies       *)
(* IndInv; TLC takes one step of Next from each (IndNext stops it there)   *)
(* and checks IndInv and Uniqueness on every successor.  The passing       *)
(* models MCLamportElection3, 3Faults, 3Free and 4Free check IndInv on     *)
(* every reachable state, so it holds initially too.                       *)
(*                                                                         *)
(* The domain (MCLamportElection3Ind.cfg), nodes 1, 2 and 3, every one     *)
(* started, the silence timer free (Free = {"heartbeat"}: every follower   *)
(* may run at any step, so the heartbeat oracle is not relied on) and the  *)
(* answer timer's oracle kept (the algorithm's synchrony):                 *)
(*  - each node's clock up to MaxC (2);                                    *)
(*  - each node down, a follower of any stamp of another node (leader     *)
(*    None: the variable is read by no guard and no conjunct), a candidate *)
(*    with its own stamp of its clock and any set of OKs counted, or a     *)
(*    leader with its own stamp up to its clock;                           *)
(*  - msgs: at most MaxMsgs (2) distinct messages, each once, of any type  *)
(*    between two nodes, with a stamp a message of that type can carry     *)
(*    (an ELECTION or LEADER its sender's, an OK its receiver's, a NACK    *)
(*    any) up to MaxC.                                                     *)
(* Fixed: orphan (FALSE: read only by the heartbeat oracle, which the free *)
(* timer makes moot), crashedAs (empty: a history no action reads), a      *)
(* leader's oks (empty: read by no action and no conjunct), crashes 0 with *)
(* a budget of 1, so every Crash is enabled.  Idle nodes are left out:     *)
(* Start is a Restart without the up flag, checked from every down node.   *)
(*                                                                         *)
(* Why it suffices.  A step is a step of one node; it reads at most one    *)
(* message, takes it, and adds messages from that node.  Every conjunct    *)
(* of IndInv speaks of one node, one message, or a pair of nodes and at    *)
(* most three messages between them; so a step that breaks a conjunct      *)
(* from any state of IndInv breaks it from the state cut down to the       *)
(* stepping node, the node the conjunct pairs it with, the message taken   *)
(* and the messages the conjunct names; with three nodes, the guards       *)
(* (every OK counted, the answer oracle) also read the third.  The domain  *)
(* holds every such cut with two messages; clocks above 2 and three or     *)
(* more messages at once are not covered.                                  *)
(*                                                                         *)
(* Not vacuous: MCLamportElection3IndWeak takes Uniqueness alone for       *)
(* IndInv and TLC finds a step out of it; MCLamportElection3Ind_KeepLeading*)
(* checks IndInv against the mutant keep-leading and TLC finds the step    *)
(* that breaks it.                                                         *)
(***************************************************************************)
EXTENDS LamportElection, TLC

CONSTANTS MaxC, MaxMsgs, Strength

ASSUME Node = {1, 2, 3} /\ MaxClock > MaxC /\ MaxMsgs \in 0..2 /\ Strength \in {"ind", "weak"}

\* What node n may be, as <<state, clock, stamp, leader, oks>>.
NodeStates(n) ==
    {<<"Down", c, NoStamp, None, {}>> : c \in 1..MaxC}
    \cup {<<"Follower", c, <<d, h>>, None, {}>> : c \in 1..MaxC, d \in 1..MaxC, h \in Others(n)}
    \cup {<<"Candidate", c, <<c, n>>, None, o>> : c \in 1..MaxC, o \in SUBSET Others(n)}
    \cup UNION {{<<"Leader", c, <<d, n>>, n, {}>> : d \in 1..c} : c \in 1..MaxC}

\* Every message a node can send, by the stamps each type carries.
AllMsgs ==
    {Msg(t, f, d, <<c, f>>) : t \in {"Election", "Leader"}, f \in Node, d \in Node, c \in 1..MaxC}
    \cup {Msg("Ok", f, d, <<c, d>>) : f \in Node, d \in Node, c \in 1..MaxC}
    \cup {Msg("Nack", f, d, <<c, h>>) : f \in Node, d \in Node, c \in 1..MaxC, h \in Node}

Domain ==
    /\ crashes = 0 /\ crashedAs = {} /\ orphan = [n \in Node |-> FALSE]
    /\ \E t1 \in NodeStates(1), t2 \in NodeStates(2), t3 \in NodeStates(3) :
        LET t == (1 :> t1) @@ (2 :> t2) @@ (3 :> t3) IN
        /\ state = [n \in Node |-> t[n][1]]
        /\ clock = [n \in Node |-> t[n][2]]
        /\ stamp = [n \in Node |-> t[n][3]]
        /\ leader = [n \in Node |-> t[n][4]]
        /\ oks = [n \in Node |-> t[n][5]]
        /\ up = [n \in Node |-> t[n][1] # "Down"]
    /\ LET U == {m \in AllMsgs : m.from # m.to /\ m.stamp[1] <= clock[m.stamp[2]]}
       IN \E S \in {{}} \cup {{m} : m \in U} \cup IF MaxMsgs = 2 THEN {{m1, m2} : m1, m2 \in U} ELSE {} :
           msgs = SetToBag(S)

\* The candidate invariant: IndInv, or (Strength "weak") the property alone.
WeakInv == TypeOK /\ Uniqueness
Candidate == IF Strength = "ind" THEN IndInv ELSE WeakInv

IndInit == Domain /\ Candidate

\* Initial states are at level 1: a step only from them, so TLC checks their successors and computes
\* no successor of those.
IndNext == TLCGet("level") = 1 /\ Next

IndSpec == IndInit /\ [][IndNext]_vars

IndImpliesUniqueness == IndInv => Uniqueness
====
