---- MODULE MCLamportElection3Crash ----
(***************************************************************************)
(* Lamport-clock election, 3 nodes starting together, one crash of any    *)
(* node at any point of the first election, every oracle kept: the fault  *)
(* model the Java nodes are compared with state by state (conformance).   *)
(* Clocks are bounded at 1 by the state constraint ClockBound: the first   *)
(* candidacies (clock 1) run to the end with the crash anywhere among      *)
(* them, messages to the down node lost or kept for its return, and a      *)
(* candidate's answer timer running out without the crashed node's answer;*)
(* a restart or a silence timeout starts a candidacy of clock 2, a state   *)
(* that is checked but not expanded.  Without the bound TLC did not finish *)
(* in minutes (past 1,900,000 states with any node crashable, and past     *)
(* 600,000 with the highest node alone crashable and clocks up to 2):      *)
(* every crash point and every restart point multiply the interleavings of *)
(* the first election.  MCLamportElection3Faults checks the restart and    *)
(* the failover from the settled state.  Safety only.                      *)
(***************************************************************************)
EXTENDS LamportElection

\* Explore no state with a clock past 1 (a candidacy of clock 2 is reached and checked, not expanded).
ClockBound == \A n \in Node : clock[n] <= 1
====
