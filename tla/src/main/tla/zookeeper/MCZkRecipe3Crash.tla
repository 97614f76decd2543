---- MODULE MCZkRecipe3Crash ----
(***************************************************************************)
(* The ZooKeeper recipe, the service (3) and 2 clients from a settled      *)
(* election (safety only): one crash of any node, the leader, the follower *)
(* or the service, with its restart; the session a crashed client left is  *)
(* expired at any moment (no budget: the session timeout); no session in  *)
(* use expires (no pause, within the recipe's assumptions).  No fairness,  *)
(* no oracle.  Bound: at most MaxMsgs distinct messages sent in all (the   *)
(* settled election sent 18): the service answers every copy of a request *)
(* in whatever state it is in, and without the bound those answers kept   *)
(* TLC from finishing.                                                     *)
(***************************************************************************)
EXTENDS ZkRecipe

CONSTANT MaxMsgs

Bound == Cardinality(msgs) <= MaxMsgs
====
