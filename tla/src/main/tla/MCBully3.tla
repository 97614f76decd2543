---- MODULE MCBully3 ----
(* Bully, 3 nodes starting together, up to 2 crashes of any node at any point (each may be followed by a restart). *)
EXTENDS Bully
====
