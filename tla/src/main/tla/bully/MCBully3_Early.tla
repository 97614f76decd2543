---- MODULE MCBully3_Early ----
(* Bully, as MCBully3, with one CoordinatorTimeout that may fire early (a COORDINATOR on its way). *)
EXTENDS Bully
====
