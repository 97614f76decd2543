---- MODULE MCZkRecipe3Faults ----
(* The ZooKeeper recipe, service and 2 clients from a settled election (1 leads with node 1, 2 watches it); one expiry of a session in use (safety only). *)
EXTENDS ZkRecipe
====
