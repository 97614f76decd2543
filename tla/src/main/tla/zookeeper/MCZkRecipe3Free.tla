---- MODULE MCZkRecipe3Free ----
(***************************************************************************)
(* The ZooKeeper recipe without an expiry or give-up budget (safety only): *)
(* the service (3) and 2 clients from a settled election; the service may  *)
(* expire any session, in use or not, and any client may give its session *)
(* up, at any moment (MaxExpiries and MaxSuspicions exceed what the        *)
(* sessions allow).  Bounds: Sessions sessions in all (the settled         *)
(* election opened 2), at most MaxMsgs distinct messages sent (it sent    *)
(* 18; the service answers every copy of a request in whatever state it is *)
(* in, and without this bound TLC did not finish).  No crash              *)
(* (MCZkRecipe3Crash).  No fairness, no oracle.                            *)
(***************************************************************************)
EXTENDS ZkRecipe

CONSTANTS Sessions, MaxMsgs

Bound == attempt[1] + attempt[2] <= Sessions /\ Cardinality(msgs) <= MaxMsgs
====
