---- MODULE MCBully3_NoHeartbeatTimeout ----
(* Mutant "no-heartbeat-timeout" of Bully on 3 nodes: TLC must report Termination violated (nobody notices a crashed leader). *)
EXTENDS Bully
====
