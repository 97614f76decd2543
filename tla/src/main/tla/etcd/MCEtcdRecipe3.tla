---- MODULE MCEtcdRecipe3 ----
(* The etcd recipe, 2 clients (1, 2) and the service (3); one campaign each, no faults. *)
EXTENDS EtcdRecipe
====
