---- MODULE MCChangRoberts3Faults ----
(* ChangRoberts, 3 nodes on the ring <<3, 1, 2>> from the settled state (3 leads epoch 1); one crash of any node at any point, and its restart. *)
EXTENDS ChangRoberts
MCRing == <<3, 1, 2>>
====
