---- MODULE MCLamportElection5Sim ----
(***************************************************************************)
(* Lamport-clock election for TLC's simulation mode (-simulate -depth     *)
(* 200): 5 nodes from the settled state (5 leads with stamp <<1, 5>>;    *)
(* a leader is there to be challenged from the first step), every node  *)
(* crashable, up to 4 crashes                                             *)
(* (each may be followed by a restart), the silence timer free (any time, *)
(* any number of times: false suspicions, each a new candidacy, so many    *)
(* stamps).  The answer timer keeps its oracle, the algorithm's synchrony *)
(* assumption (MCLamportElection3_FreeAnswer shows Uniqueness needs it).  *)
(* MaxClock is far above what 200 steps can reach.  Safety only.          *)
(***************************************************************************)
EXTENDS LamportElection
====
