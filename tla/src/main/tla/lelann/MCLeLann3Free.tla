---- MODULE MCLeLann3Free ----
(***************************************************************************)
(* LeLann without the leader timer's oracle, safety only: 3 nodes on the ring  *)
(* <<3, 1, 2>> from the settled state (3 leads epoch 1). Every node that   *)
(* does not lead may time out at any time (LeaderSuspected <- TRUE),       *)
(* whether or not its leader is up and its tokens keep coming, so new       *)
(* elections start while others are running, at any node, in any epoch;    *)
(* at most MaxCrashes crashes of the Crashable nodes at any point, and     *)
(* their restarts; behaviours whose epochs stay at most MaxE (the settled  *)
(* epoch and MaxE - 1 elections).                                          *)
(* Checked: TypeOK, Uniqueness, Validity and the refinement of Election.   *)
(*                                                                         *)
(* What it keeps: the acknowledgement timer's oracle (the timer runs out   *)
(* only once a hop was lost to a down node). A late ACK is read as a       *)
(* crash; that is the synchrony the algorithm assumes (docs/algorithms.md, *)
(* Assumptions), and without it a node skips its live successors and leads *)
(* alone beside the leader: config MCLeLann3EarlyAck, on this module, frees  *)
(* that timer too and TLC reports Uniqueness violated.                     *)
(*                                                                         *)
(* Configs. MCLeLann3FreeNoCrash: no crash (default suite).               *)
(* MCLeLann3FreeLeaderCrash: one crash of the leader, 3, at any point, and *)
(* its restart (long suite).  With one crash of any node TLC did not       *)
(* finish in minutes.  Why the leader's crash is the one to keep: it is    *)
(* the crash that needs a failover (WitnessFailover), and it exercises     *)
(* the rest of what a crash does on this ring: 2 routes round the down 3   *)
(* and resends, bids are lost to 3, 3 restarts into a newer epoch while an *)
(* election that skipped it runs, and its ACKs route 2 through it again    *)
(* (WitnessSkipLive, WitnessRestart).  A follower's crash, with the leader *)
(* still up, is in MCLeLann3Faults (any node, early timeouts in epoch 1,   *)
(* epochs up to 4) and in MCLeLann7Sim (free timers, simulation); with     *)
(* free timers it is not checked exhaustively.                             *)
(*                                                                         *)
(* Refinements 6 to 8 (docs/algorithms.md). Their two-leader shapes need a *)
(* stale leader that wins an older epoch after it restarted, while a newer *)
(* epoch runs on a route that skipped it: two skips at different nodes,    *)
(* each behind a crash, and two restarts. One crash gives one skipped node *)
(* and one restart, so these bounds do not reach them. With two crashes    *)
(* the Chang-Roberts model finds two leaders through a gap of the clock-   *)
(* free acknowledgement oracle (MCChangRoberts3Free.tla); the mechanism is *)
(* RingBase's, so LeLann shares it, but its two-crash model is beyond the  *)
(* time TLC has here.                                                       *)
(***************************************************************************)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
CONSTANT MaxE
\* No oracle: the leader timer may run out at any time.
FreeSuspect(n) == TRUE
\* For MCLeLann3EarlyAck: the acknowledgement timer may run out at any time too.
EarlyAck(n) == TRUE
\* The state constraint: no epoch beyond MaxE.
EpochBound == \A n \in Node : epoch[n] <= MaxE
====
