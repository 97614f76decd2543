---- MODULE MCEtcdRecipe3_WriteWhileWaiting ----
(* Mutant write-while-waiting (a client writes with its key's create revision as soon as its put is answered; the fence intact): one campaign each, no faults; the second client's write is accepted after the leader's lower token (NoLateWrite). *)
EXTENDS EtcdRecipe
====
