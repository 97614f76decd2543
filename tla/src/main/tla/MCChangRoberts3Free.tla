---- MODULE MCChangRoberts3Free ----
(***************************************************************************)
(* ChangRoberts without the leader timer's oracle, safety only: 3 nodes on the ring  *)
(* <<3, 1, 2>> from the settled state (3 leads epoch 1). Every node that   *)
(* does not lead may time out at any time (LeaderSuspected <- TRUE),       *)
(* whether or not its leader is up and its tokens keep coming, so new       *)
(* elections start while others are running, at any node, in any epoch;    *)
(* one crash of any node at any point, and its restart; behaviours whose   *)
(* epochs stay at most MaxE (the settled epoch and MaxE - 1 elections).    *)
(* Checked: TypeOK, Uniqueness, Validity and the refinement of Election.   *)
(*                                                                         *)
(* What it keeps: the acknowledgement timer's oracle (the timer runs out   *)
(* only once a hop was lost to a down node). A late ACK is read as a       *)
(* crash; that is the synchrony the algorithm assumes (docs/algorithms.md, *)
(* Assumptions), and without it a node skips its live successors and leads *)
(* alone beside the leader: config MCChangRoberts3EarlyAck, on this module, frees  *)
(* that timer too and TLC reports Uniqueness violated.                     *)
(*                                                                         *)
(* Refinements 6 to 8 (docs/algorithms.md). Their two-leader shapes need a *)
(* stale leader that wins an older epoch after it restarted, while a newer *)
(* epoch runs on a route that skipped it: two skips at different nodes,    *)
(* each behind a crash, and two restarts (the crashed leader's and the     *)
(* bounced node's). One crash gives one skipped node and one restart, so   *)
(* these bounds do not reach them; the mutants "no-refinements-6-7" and    *)
(* "no-refinement-8" pass here. Reaching them takes two crashes            *)
(* (MaxCrashes 2) and, as in the simulator's window, a ring where the      *)
(* stale leader's announcement can pass a node just before the newer bid   *)
(* does: see the figures in tla/README.md.                                 *)
(***************************************************************************)
EXTENDS ChangRoberts
MCRing == <<3, 1, 2>>
CONSTANT MaxE
\* No oracle: the leader timer may run out at any time.
FreeSuspect(n) == TRUE
\* For MCChangRoberts3EarlyAck: the acknowledgement timer may run out at any time too.
EarlyAck(n) == TRUE
\* The state constraint: no epoch beyond MaxE.
EpochBound == \A n \in Node : epoch[n] <= MaxE
====
