---- MODULE MCEtcdRecipe3Faults ----
(* The etcd recipe, 2 clients (1, 2) and the service (3); safety only: three campaigns in all (one client campaigns twice), lease timeouts and expiries, no crash, no pause. *)
EXTENDS EtcdRecipe

\* Three campaigns in all: two each took TLC minutes.
Bound == attempt[1] + attempt[2] <= 3
====
