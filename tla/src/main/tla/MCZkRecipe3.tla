---- MODULE MCZkRecipe3 ----
(* The ZooKeeper recipe, the service and 2 clients; one expiry of a session in use, no give-up, no crashes. *)
EXTENDS ZkRecipe
====
