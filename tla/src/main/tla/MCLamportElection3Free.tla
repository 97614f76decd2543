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
(* state constraint ClockBound (candidacies up to clock MaxClock - 1, so  *)
(* up to 3 candidacies after the settled one with MaxClock 5); TypeOK     *)
(* still checks that no clock passes MaxClock.  Safety only: free timers  *)
(* may fire for ever.                                                      *)
(***************************************************************************)
EXTENDS LamportElection

\* Explore no state with a clock past MaxClock - 1 (its successors stay within MaxClock).
ClockBound == \A n \in Node : clock[n] < MaxClock
====
