---- MODULE MCLamportElection3 ----
(* Lamport-clock election, 3 nodes starting together, no crashes. *)
EXTENDS LamportElection
====
