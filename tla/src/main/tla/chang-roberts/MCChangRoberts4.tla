---- MODULE MCChangRoberts4 ----
(* ChangRoberts, 4 nodes on the ring <<4, 1, 3, 2>> starting together, no crashes: 4 concurrent bids. Crashes at this size take TLC minutes; MCChangRoberts3Faults checks them. *)
EXTENDS ChangRoberts
MCRing == <<4, 1, 3, 2>>
====
