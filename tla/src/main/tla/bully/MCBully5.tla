---- MODULE MCBully5 ----
(* Bully, 5 nodes from the settled state, up to 2 crashes of non-leaders (see MCBully5.cfg). *)
EXTENDS Bully
====
