---- MODULE MCEtcdRecipe3_AcceptStale ----
(* Mutant accept-stale-writes: the resource accepts a paused leader's late write below the fence (Fenced). *)
EXTENDS EtcdRecipe
====
