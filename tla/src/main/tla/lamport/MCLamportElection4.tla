---- MODULE MCLamportElection4 ----
(* Lamport-clock election, 4 nodes from the settled state, one crash of a non-leader, which may be followed by a restart. *)
EXTENDS LamportElection
====
