---- MODULE MCEtcdRecipe3Pause ----
(* The etcd recipe, 2 clients and the service (3); safety only: one campaign each, one lease expired under a paused client that still relies on it. The fenced guarantee holds. *)
EXTENDS EtcdRecipe
====
