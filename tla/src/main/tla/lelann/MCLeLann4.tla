---- MODULE MCLeLann4 ----
(* LeLann, 4 nodes on the ring <<4, 1, 3, 2>> starting together, no crashes: 4 concurrent bids. Crashes at this size take TLC minutes; MCLeLann3Faults checks them. *)
EXTENDS LeLann
MCRing == <<4, 1, 3, 2>>
====
