---- MODULE MCBully3 ----
(* Bully, 3 nodes starting together, one crash of any node at any point, which may be followed by a restart. *)
EXTENDS Bully
====
