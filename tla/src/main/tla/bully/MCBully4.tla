---- MODULE MCBully4 ----
(* Bully, 4 nodes starting together, no crashes. *)
EXTENDS Bully
====
