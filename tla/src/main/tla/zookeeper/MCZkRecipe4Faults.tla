---- MODULE MCZkRecipe4Faults ----
(***************************************************************************)
(* The ZooKeeper recipe, the service (4) and 3 clients from a settled      *)
(* election (1 leads, 2 watches 1, 3 watches 2), safety only: one expiry  *)
(* of a session in use (a pause), any session a client left expires at any *)
(* moment.  Bound: at most MaxMsgs distinct messages sent (the settled     *)
(* election sent 28; without the bound TLC did not finish in minutes).    *)
(***************************************************************************)
EXTENDS ZkRecipe

CONSTANT MaxMsgs

Bound == Cardinality(msgs) <= MaxMsgs
====
