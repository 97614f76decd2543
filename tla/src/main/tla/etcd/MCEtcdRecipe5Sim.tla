---- MODULE MCEtcdRecipe5Sim ----
(***************************************************************************)
(* The etcd recipe for TLC's simulation mode (-simulate -depth 200): 4     *)
(* clients (1 to 4) and the service (5); 4 campaigns per client, lease     *)
(* timeouts at any moment, up to 4 leases expired under clients that rely *)
(* on them (pauses), 3 crashes of clients or the service with restarts,    *)
(* clients learning who leads.  No fairness, no oracle: the invariants are *)
(* the safety properties (not LeadersNamed, which pauses break: see        *)
(* MCEtcdRecipe3Phantom).                                                  *)
(***************************************************************************)
EXTENDS EtcdRecipe
====
