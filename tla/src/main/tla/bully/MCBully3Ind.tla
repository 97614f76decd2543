---- MODULE MCBully3Ind ----
(***************************************************************************)
(* IndInv (Bully.tla) is an inductive invariant of Bully, and it implies  *)
(* Uniqueness.  The initial states are every state of TypeOKSmall that     *)
(* satisfies IndInv; TLC takes one step of Next from each (the constraint *)
(* OneStep stops it there) and checks IndInv and Uniqueness on every      *)
(* successor.                                                              *)
(*                                                                         *)
(* The domain, 3 nodes:                                                    *)
(*  - state: any of the 7 states per node (Idle included), up exactly when *)
(*    not Down, leader as Shape fixes it (any higher id for a Follower);   *)
(*  - msgs: any set of at most MaxMsgs of the 12 messages Bully can send   *)
(*    among 3 nodes (ELECTION up, ANSWER, COORDINATOR and its repeat       *)
(*    down); Shape excludes the others.  MaxMsgs = 3 covers every message  *)
(*    an IndInv conjunct names for one pair together with two more, so     *)
(*    every delivery, loss or timeout meets the messages that justify the *)
(*    pair it touches and one other in flight (with MaxMsgs = 4 it holds   *)
(*    too);                                                                *)
(*  - crashes = 0 with MaxCrashes = 1, so Crash is enabled at every live   *)
(*    node (only Crash reads crashes);                                     *)
(*  - Free = {"coordinator", "heartbeat"}: those timers fire whenever their *)
(*    node is Waiting or a Follower, which is what the oracle ever allows  *)
(*    and more, so early and orphan (read only by those oracles) are fixed *)
(*    at 0 and FALSE: a state with other values steps alike;               *)
(*  - crashedAs = {}: a history read by no action and by no conjunct.      *)
(* The network is the set of the models ("set"); the answer timer and the *)
(* announce-then-assume wait keep their oracles (Bully's synchrony).       *)
(***************************************************************************)
EXTENDS Bully, TLC

CONSTANT MaxMsgs

\* The messages Bully sends among the nodes: ELECTION up, ANSWER and COORDINATOR down.
Sendable ==
    UNION {{Msg("Election", a, b), Msg("Answer", b, a), Msg("Coordinator", b, a), Repeat(b, a)} :
           <<a, b>> \in {p \in Node \X Node : p[1] < p[2]}}

SmallMsgs == {M \in SUBSET Sendable : Cardinality(M) <= MaxMsgs}

LeaderShapes(s) ==
    {l \in [Node -> Node \cup {None}] :
        \A n \in Node : IF s[n] = "Follower" THEN l[n] \in Higher(n)
                        ELSE l[n] = IF s[n] \in Leading THEN n ELSE None}

TypeOKSmall ==
    /\ state \in [Node -> States]
    /\ up = [n \in Node |-> state[n] # "Down"]
    /\ leader \in LeaderShapes(state)
    /\ msgs \in SmallMsgs
    /\ crashes = 0
    /\ early = 0
    /\ orphan = [n \in Node |-> FALSE]
    /\ crashedAs = {}

IndInit == TypeOKSmall /\ IndInv

IndSpec == IndInit /\ [][Next]_vars

\* Initial states are at level 1: explore their successors (level 2), and no further.
OneStep == TLCGet("level") < 2

IndImpliesUniqueness == IndInv => Uniqueness
====
