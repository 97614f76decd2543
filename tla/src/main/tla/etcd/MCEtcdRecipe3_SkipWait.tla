---- MODULE MCEtcdRecipe3_SkipWait ----
(* Mutant skip-wait: a client leads once its key is created, without checking it is the lowest (Uniqueness). *)
EXTENDS EtcdRecipe
====
