---- MODULE MCLamportElection4Free ----
(***************************************************************************)
(* Lamport-clock election, 4 nodes from the settled state (4 leads with   *)
(* stamp <<1, 4>>), no crashes, the silence (heartbeat) timer free: any    *)
(* follower may suspect the live leader at any time (Free), so up to three *)
(* followers run at once against it and against each other.  The answer  *)
(* timer keeps its oracle (MCLamportElection3_FreeAnswer shows Uniqueness  *)
(* needs it).  Clocks are bounded by the state constraint ClockBound: with *)
(* MaxClock 3 every state with clocks up to 2 is explored (every node may  *)
(* run one candidacy of clock 2) and the states a clock-3 candidacy starts *)
(* are checked.  With one crash of a non-leader besides, TLC did not      *)
(* finish in minutes; MCLamportElection3Free                               *)
(* has the crashes, MCLamportElection5Sim both at 5 nodes.  Safety only.   *)
(***************************************************************************)
EXTENDS LamportElection

\* Explore no state with a clock past MaxClock - 1 (its successors stay within MaxClock).
ClockBound == \A n \in Node : clock[n] < MaxClock
====
