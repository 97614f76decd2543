---- MODULE MCEtcdRecipe4 ----
(* The etcd recipe, 3 clients (1, 2, 3) and the service (4); safety only: one campaign each, no faults. *)
EXTENDS EtcdRecipe
====
