---- MODULE MCEtcdRecipe3Phantom ----
(* The etcd recipe, 2 clients and the service (3), one campaign each, two leases expired under clients that still rely on them (two pauses): a client whose key was deleted before its range was answered finds no key below it and leads on a key that was never first (LeadersNamed fails, as it must); Uniqueness and the write-history properties hold. *)
EXTENDS EtcdRecipe
====
