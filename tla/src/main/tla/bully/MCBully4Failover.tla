---- MODULE MCBully4Failover ----
(***************************************************************************)
(* Bully, 4 nodes from the settled state (4 leads): the leader crashes    *)
(* once and may restart, so the followers fail over to a new leader (3,   *)
(* unless 3 has not noticed yet) and a recovered 4 takes back over.  Every *)
(* oracle is kept (Free = {}): the answer timer and the announce-then-    *)
(* assume wait are Bully's synchrony assumption (MCBully3_FreeAnswer and  *)
(* the assume-at-once mutant break Uniqueness without them).  Free        *)
(* coordinator and heartbeat timers are in MCBully4Free (at this size,    *)
(* after a crash with no restart), MCBully3Free (3 nodes, any crash and   *)
(* restart) and MCBully5Sim (5 nodes).  Safety only (long suite).          *)
(***************************************************************************)
EXTENDS Bully
====
