---- MODULE MCZkRecipe3Crash ----
(***************************************************************************)
(* The ZooKeeper recipe, the service (3) and 2 clients from a settled      *)
(* election (safety only): one crash of any node, the leader, the follower *)
(* or the service, with its restart; the session a crashed client left is  *)
(* expired at any moment (no budget: the session timeout), and no session  *)
(* in use expires (no pause, within the recipe's assumptions).  No         *)
(* fairness, no oracle.                                                    *)
(***************************************************************************)
EXTENDS ZkRecipe
====
