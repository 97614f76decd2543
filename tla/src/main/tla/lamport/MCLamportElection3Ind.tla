---- MODULE MCLamportElection3Ind ----
(***************************************************************************)
(* IndInv (LamportElection.tla) is inductive and implies Uniqueness.  The  *)
(* initial states are every state of the domain below that satisfies       *)
(* IndInv; TLC takes one step of Next from each (IndNext stops it there)   *)
(* and checks IndInv and Uniqueness on every successor.  The passing       *)
(* models MCLamportElection3, 3Faults and 3Free check IndInv on every      *)
(* reachable state, so it holds initially too.                             *)
(*                                                                         *)
(* The domain, nodes 1, 2 and 3, every one started, the silence timer free *)
(* (Free = {"heartbeat"}: every follower may run at any step, so the       *)
(* heartbeat oracle is not relied on) and the answer timer's oracle kept   *)
(* (the algorithm's synchrony):                                            *)
(*  - each node's clock up to MaxC;                                        *)
(*  - each node down, a follower of any stamp of another node (leader      *)
(*    None: the variable is read by no guard and no conjunct), a candidate *)
(*    with its own stamp of its clock and any set of OKs counted, or a     *)
(*    leader with its own stamp up to its clock;                           *)
(*  - msgs: at most MaxMsgs distinct messages, each once, of any type      *)
(*    between two nodes, with a stamp a message of that type can carry     *)
(*    (an ELECTION or LEADER its sender's, an OK its receiver's, a NACK    *)
(*    any) up to MaxC.                                                     *)
(* MCLamportElection3Ind.cfg: MaxC 2 (stale and newer stamps by clock),    *)
(* MaxMsgs 1.  MCLamportElection3IndTwoMsgs.cfg (long suite): MaxC 1       *)
(* (stamps ordered by id alone), MaxMsgs 2 (the last OK beside the message *)
(* that dooms its candidate, or two ELECTIONs crossing).                   *)
(* Fixed: orphan (FALSE: read only by the heartbeat oracle, which the free *)
(* timer makes moot), crashedAs (empty: a history no action reads), a      *)
(* leader's oks (empty: read by no action and no conjunct), crashes 0 with *)
(* a budget of 1, so every Crash is enabled.  Idle nodes are left out:     *)
(* Start is a Restart without the up flag, checked from every down node.   *)
(*                                                                         *)
(* Why it is a sample, not a proof.  A step is a step of one node; it      *)
(* reads at most one message, takes it, and adds messages from that node.  *)
(* Every conjunct of IndInv speaks of one node, one message, or a pair of  *)
(* nodes and one message between them (the rest it says is absent); so a  *)
(* cut that keeps a step breaking a conjunct needs two messages (the one   *)
(* taken and the one the conjunct names) and clocks that realize every     *)
(* order of the stamps involved (up to 3).  At MaxC 2 with two messages    *)
(* the domain has 6,859 node states times up to 2,556 message pairs, some  *)
(* 17.5 million candidate states to enumerate, about 35 times the          *)
(* one-message domain (494,000 candidates, 23 s of CPU): past this         *)
(* build's budget and past ten minutes.                                    *)
(* The two domains checked cover one message with clocks that differ, and  *)
(* two messages with clocks of 1.                                          *)
(*                                                                         *)
(* Not vacuous: MCLamportElection3IndWeak takes Uniqueness alone for       *)
(* IndInv and TLC finds a step out of it (a candidate whose answers are    *)
(* all in declares beside a leader); MCLamportElection3Ind_KeepLeading     *)
(* checks IndInv against the mutant keep-leading and TLC finds the step    *)
(* that breaks it (a leader promises a greater stamp and keeps leading).   *)
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
