---- MODULE MCLamportElection3Faults ----
(* Lamport-clock election, 3 nodes from the settled state (3 leads with stamp <<1, 3>>), one crash of any node at any point, which may be followed by a restart. *)
EXTENDS LamportElection
====
