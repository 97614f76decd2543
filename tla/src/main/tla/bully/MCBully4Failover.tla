---- MODULE MCBully4Failover ----
(***************************************************************************)
(* Bully, 4 nodes from the settled state (4 leads): the leader crashes    *)
(* once and may restart, so the followers fail over to a new leader (3,   *)
(* unless 3 has not noticed yet) and a recovered 4 takes back over.  Every *)
(* oracle is kept (Free = {}): the answer timer and the announce-then-    *)
(* assume wait are Bully's synchrony assumption (MCBully3_FreeAnswer and  *)
(* the assume-at-once mutant break Uniqueness without them), and at this  *)
(* size free coordinator or heartbeat timers passed 600,000 states in 4    *)
(* minutes without finishing; MCBully3Free has them free at 3 nodes,      *)
(* MCBully5Sim at 5.  Safety only (long suite).                            *)
(***************************************************************************)
EXTENDS Bully
====
