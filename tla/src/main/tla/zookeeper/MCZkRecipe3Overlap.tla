---- MODULE MCZkRecipe3Overlap ----
(* The pause of the recipe: from a settled election, one expiry of the leader's session makes two clients believe they lead (OneBeliever must fail) while Uniqueness and FencedWrites hold. *)
EXTENDS ZkRecipe
====
