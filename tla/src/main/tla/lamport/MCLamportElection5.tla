---- MODULE MCLamportElection5 ----
(* Lamport-clock election, 5 nodes from the settled state, one crash of a non-leader, which may be followed by a restart. *)
EXTENDS LamportElection
====
