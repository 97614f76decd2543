---- MODULE MCZkRecipe3 ----
(* The ZooKeeper recipe: the service (3) and 2 clients starting together; no expiry, give-up or crash (Termination checked). *)
EXTENDS ZkRecipe
====
