---- MODULE MCEtcdRecipe3Faults ----
(***************************************************************************)
(* The etcd recipe, 2 clients (1, 2) and the service (3); safety only,    *)
(* without an oracle or a budget within the recipe's assumptions: lease    *)
(* timeouts at any moment, the service expires any lease its client gave   *)
(* up at any moment, one crash of a client or of the service with its      *)
(* restart; three campaigns in all (one client campaigns twice: Bound).    *)
(* No pause (a lease expired under a client that relies on it is outside   *)
(* the assumptions: MCEtcdRecipe3Pause, MCEtcdRecipe3Free).                *)
(***************************************************************************)
EXTENDS EtcdRecipe

\* Three campaigns in all: two each took TLC minutes.
Bound == attempt[1] + attempt[2] <= 3
====
