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
(* these bounds do not reach them, and the mutants "no-refinements-6-7"    *)
(* and "no-refinement-8" pass here.                                         *)
(*                                                                         *)
(* Two crashes (config MCChangRoberts3FreeTwoCrashes, long suite): TLC     *)
(* reports Uniqueness violated after 19 states (570,871 distinct states).  *)
(* Leader 3 crashes; 1 times out and bids in epoch 2; 2 joins and bids;    *)
(* 2's bid is lost to the down 3 (lost[2] = 1); 3 restarts into epoch 2,   *)
(* its bid comes home through 1 and 2 (2's hop to 3 is acknowledged, the   *)
(* ACK still on its way) and it sends ELECTED; 1 follows and crashes; 2    *)
(* follows and forwards ELECTED to 3; 2's timer runs out for the lost hop  *)
(* and skips 3 (a Follower has no bid at stake, refinement 4 does not      *)
(* apply); its resent bid is lost to the down 1, the timer runs out again, *)
(* and 2 leads alone in epoch 3 while the ACK from 3 is still on its way;  *)
(* then ELECTED comes home and 3 leads epoch 2: two live leaders. In Java  *)
(* the second timer cannot run out first: it is armed when 2 skips 3,      *)
(* after 2 sent the hop that ACK answers, so the ACK (within 2D of that    *)
(* hop) beats it (2D + 1) and routes 2 through 3 again (refinement 5). The *)
(* clock-free oracle AckLost admits a behaviour the timers exclude;        *)
(* AckLostTimed (RingBase) adds exactly that ordering, and config          *)
(* MCChangRoberts3FreeTwoCrashesTimed checks the same bounds with it: no   *)
(* violation in 673,736 distinct states to depth 20 (96 s of CPU, stopped  *)
(* at 5 minutes; long suite).                                               *)
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
