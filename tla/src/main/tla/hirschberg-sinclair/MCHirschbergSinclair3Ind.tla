------------------------ MODULE MCHirschbergSinclair3Ind ------------------------
(***************************************************************************)
(* HirschbergSinclair's IndInv is inductive: 3 nodes on the ring           *)
(* <<3, 1, 2>>; the initial states are every state of TypeOKSmall that     *)
(* satisfies IndInv, and TLC takes one step of Next from each (the         *)
(* constraint OneStep keeps the successors, at level 1, and checks the     *)
(* invariants on them, but explores no further). Checked on every state:   *)
(* IndInv, and Uniqueness (so IndInv => Uniqueness on the whole domain).   *)
(*                                                                         *)
(* The domain TypeOKSmall: a receiver r; at most one message, to r, of any *)
(* shape the spec sends (a probe of any owner, phase, hop count and        *)
(* direction; a reply of any owner, phase and direction; ELECTED of any    *)
(* id); r's state, leader, phase and replies anything TypeOK allows; every *)
(* other node n idle, a candidate, a follower of Top or a leader (leader   *)
(* n), in phase 0 with no replies.                                         *)
(*                                                                         *)
(* Why it suffices. IndInv is a conjunction of conjuncts about one node's  *)
(* variables and conjuncts about one message. A step is Start(n) (it reads *)
(* only that n is idle) or a receipt by one node r of one message m: it    *)
(* changes only r's variables and adds messages computed from r's          *)
(* variables and m, and msgs only grows. So in any state of IndInv the     *)
(* step keeps every conjunct about the other nodes and the old messages,   *)
(* and the new conjuncts about r and the new messages are the same as in   *)
(* the step from the state of TypeOKSmall that keeps r's variables and m   *)
(* alone. The other nodes' values vary only so that a weaker candidate     *)
(* fails visibly (a second leader beside the one a step makes).            *)
(*                                                                         *)
(* Not vacuous: config MCHirschbergSinclair3IndWeak takes IndInv to be     *)
(* TypeOK /\ Uniqueness alone and TLC finds a step out of it;              *)
(* MCHirschbergSinclair3Ind_ReplySmaller checks the same IndInv against    *)
(* the "reply-smaller" mutant and TLC finds the broken step.               *)
(***************************************************************************)
EXTENDS HirschbergSinclair, TLC

MCRing == <<3, 1, 2>>

\* Every message of a shape the spec sends.
AllMsgs ==
    {Msg(f, d, "Probe", i, k, h) : f \in Node, d \in Dirs, i \in Node, k \in 0..LastPhase, h \in 1..Reach(LastPhase)}
    \cup {Msg(f, d, "Reply", i, k, 0) : f \in Node, d \in Dirs, i \in Node, k \in 0..LastPhase}
    \cup {Msg(f, "cw", "Elected", i, 0, 0) : f \in Node, i \in Node}

States == {"Idle", "Candidate", "Leader", "Follower"}

\* What a node other than the receiver may be doing.
Others(n) == {<<"Idle", 0>>, <<"Candidate", 0>>, <<"Follower", Top>>, <<"Leader", n>>}

TypeOKSmall ==
    \E r \in Node :
    \E sr \in States, lr \in Node \cup {0}, kr \in 0..LastPhase, qr \in SUBSET Dirs :
    \E o \in [Node \ {r} -> UNION {Others(n) : n \in Node}] :
    \E ms \in {{}} \cup {{m} : m \in {x \in AllMsgs : x.to = r}} :
        /\ \A n \in Node \ {r} : o[n] \in Others(n)
        /\ state = [n \in Node |-> IF n = r THEN sr ELSE o[n][1]]
        /\ leader = [n \in Node |-> IF n = r THEN lr ELSE o[n][2]]
        /\ phase = [n \in Node |-> IF n = r THEN kr ELSE 0]
        /\ replies = [n \in Node |-> IF n = r THEN qr ELSE {}]
        /\ msgs = [n \in Node |-> IF n = r THEN ms ELSE {}]

\* The candidate invariant: IndInv, or (config ...IndWeak) TypeOK /\ Uniqueness only.
Candidate == IndInv
WeakInv == TypeOK /\ Uniqueness

IndInit == TypeOKSmall /\ Candidate

\* One step: TLC numbers the initial states' level 0 and their successors' 1. A successor of
\* level 1 is in the model (its invariants are checked); its own successors are not explored.
OneStep == TLCGet("level") <= 1

IndSpec == IndInit /\ [][Next]_vars
===============================================================================
