---- MODULE MCZkRecipe3_WriteWhileWaiting ----
(* Mutant write-while-waiting (a client writes with its node's sequence number while it still watches; the fence intact): settled election, no faults; the follower's write is accepted after the leader's lower token (NoLateWrite). *)
EXTENDS ZkRecipe
====
