---- MODULE MCBully5Sim ----
(***************************************************************************)
(* Bully for TLC's simulation mode (-simulate -depth 200): 5 nodes        *)
(* starting together, every node crashable, up to 4 crashes (each may be  *)
(* followed by a restart), the coordinator and heartbeat timers free (any *)
(* time, any number of times: false suspicions).  The answer timer and the *)
(* announce-then-assume wait keep their oracles, Bully's synchrony         *)
(* assumption (MCBully3_FreeAnswer shows Uniqueness needs the first).     *)
(* Safety only; far too large to enumerate.                                *)
(***************************************************************************)
EXTENDS Bully
====
