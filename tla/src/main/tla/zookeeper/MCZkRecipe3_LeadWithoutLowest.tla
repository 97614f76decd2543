---- MODULE MCZkRecipe3_LeadWithoutLowest ----
(* Mutant lead-without-lowest (a client leads once its node exists): service and 2 clients starting together (Uniqueness). *)
EXTENDS ZkRecipe
====
