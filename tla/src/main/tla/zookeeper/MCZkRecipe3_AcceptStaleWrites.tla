---- MODULE MCZkRecipe3_AcceptStaleWrites ----
(* Mutant accept-stale-writes (the resource ignores tokens): settled election, one expiry (FencedWrites). *)
EXTENDS ZkRecipe
====
