---- MODULE MCZkRecipe3_WriteAttemptToken ----
(* Mutant write-attempt-token (a client writes with its attempt number, not its node's sequence number; the fence intact): settled election, one expiry; the next leader writes the token the first one wrote (TokensIncrease). *)
EXTENDS ZkRecipe
====
