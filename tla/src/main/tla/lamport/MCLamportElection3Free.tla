---- MODULE MCLamportElection3Free ----
(***************************************************************************)
(* Lamport-clock election, 3 nodes from the settled state (3 leads with   *)
(* stamp <<1, 3>>), safety without the oracle Uniqueness does not need:   *)
(* the silence (heartbeat) timer fires at any time, any number of times   *)
(* (Free; a false suspicion starts a candidacy with a greater stamp), and *)
(* any node, the leader included, may crash once and restart.  The answer *)
(* timer keeps its oracle: it is the algorithm's synchrony assumption,    *)
(* and without it Uniqueness fails (MCLamportElection3_FreeAnswer).       *)
(* Every false suspicion raises a clock, so the clocks are bounded by the *)
(* state constraint ClockBound: with MaxClock 3 every state with clocks up *)
(* to 2 is explored (the settled stamp has clock 1, so every node may run  *)
(* one candidacy of clock 2, rivals at once, each deposing the leader;   *)
(* the states a clock-3 candidacy starts are checked too);               *)
(* TypeOK still checks that no clock passes MaxClock.  With MaxClock 4    *)
(* (candidacies of clock 3 explored too) TLC did not finish in minutes,   *)
(* even with only the leader crashable; MCLamportElection5Sim runs the    *)
(* free timer without a bound.                                             *)
(* Safety only: free timers may fire for ever.                             *)
(***************************************************************************)
EXTENDS LamportElection

\* Explore no state with a clock past MaxClock - 1 (its successors stay within MaxClock).
ClockBound == \A n \in Node : clock[n] < MaxClock
====
