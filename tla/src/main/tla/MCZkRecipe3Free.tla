---- MODULE MCZkRecipe3Free ----
(***************************************************************************)
(* The ZooKeeper recipe without an expiry or give-up budget (safety only): *)
(* the service (3) and 2 clients from a settled election; the service may  *)
(* expire any session and any client may give its session up at any      *)
(* moment (MaxExpiries and MaxSuspicions exceed what the sessions allow),  *)
(* one crash of any node with its restart.  Bound: Sessions sessions in    *)
(* all (the settled election opened 2).  No fairness, no oracle: what is  *)
(* checked is safety (Uniqueness, the write-history properties, the       *)
(* refinement of Election.tla).                                            *)
(***************************************************************************)
EXTENDS ZkRecipe

CONSTANT Sessions

Bound == attempt[1] + attempt[2] <= Sessions
====
