---- MODULE MCChangRoberts5 ----
(* ChangRoberts, 5 nodes on the ring <<5, 2, 4, 1, 3>> starting together, no crashes: 5 concurrent bids. Crashes at this size take TLC minutes; MCChangRoberts3Faults checks them. *)
EXTENDS ChangRoberts
MCRing == <<5, 2, 4, 1, 3>>
====
