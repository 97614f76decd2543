---- MODULE MCEtcdRecipe3_WriteAttemptToken ----
(* Mutant write-attempt-token (a client writes with its attempt number, not its key's create revision; the fence intact): one campaign each, one pause; the next leader writes the token the first one wrote (TokensIncrease). *)
EXTENDS EtcdRecipe
====
