---- MODULE MCEtcdRecipe3Free ----
(***************************************************************************)
(* The etcd recipe without a pause budget (safety only): 2 clients (1, 2)  *)
(* and the service (3); lease timeouts at any moment, the service may      *)
(* expire any lease at any moment, relied on or not (MaxPauses exceeds the *)
(* leases there can be); no crash (with one crash of any node the model    *)
(* did not finish in minutes).  Bound:                                     *)
(* Campaigns campaigns in all.  No fairness, no oracle: what is checked is *)
(* safety (Uniqueness, the write-history properties, the refinement of     *)
(* Election.tla).  Long suite (models.tsv has its states).                *)
(***************************************************************************)
EXTENDS EtcdRecipe

CONSTANT Campaigns

Bound == attempt[1] + attempt[2] <= Campaigns
====
