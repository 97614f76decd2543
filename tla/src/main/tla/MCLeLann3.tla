---- MODULE MCLeLann3 ----
(* LeLann, 3 nodes on the ring <<3, 1, 2>> starting together, no crashes: three concurrent bids and the early LeaderTimeouts of epoch 1. *)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
====
