---- MODULE MCChangRoberts3 ----
(* ChangRoberts, 3 nodes on the ring <<3, 1, 2>> starting together, no crashes: three concurrent bids and the early LeaderTimeouts of epoch 1. *)
EXTENDS ChangRoberts
MCRing == <<3, 1, 2>>
====
