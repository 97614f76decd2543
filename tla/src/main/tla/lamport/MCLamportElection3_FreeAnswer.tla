---- MODULE MCLamportElection3_FreeAnswer ----
(* Lamport-clock election, 3 nodes starting together, with the answer timer free (it may fire with an *)
(* answer or an ELECTION still on its way): TLC must report Uniqueness violated, a candidate declaring *)
(* before every node promised, beside another leader. The election's safety rests on the synchrony  *)
(* of the answer round; this model documents that assumption.                                        *)
EXTENDS LamportElection
====
