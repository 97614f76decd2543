---- MODULE MCZkRecipe5Sim ----
(***************************************************************************)
(* The ZooKeeper recipe for TLC's simulation mode (-simulate -depth 200): *)
(* the service (5) and 4 clients starting together; up to 6 expiries of   *)
(* sessions in use (pauses, slow clocks), 6 give-ups and 3 crashes of any  *)
(* node with restarts, any loss, duplication and reordering.  No fairness, *)
(* no oracle: the invariants are the safety properties.                    *)
(***************************************************************************)
EXTENDS ZkRecipe
====
