---- MODULE MCZkRecipe4 ----
(* The ZooKeeper recipe, the service (4) and 3 clients from a settled election; no faults (Termination checked). *)
EXTENDS ZkRecipe
====
