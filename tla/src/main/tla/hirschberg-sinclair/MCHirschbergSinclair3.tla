---- MODULE MCHirschbergSinclair3 ----
(* HirschbergSinclair, 3 nodes on the ring <<3, 1, 2>> starting together; messages received in any order, any number of times. *)
EXTENDS HirschbergSinclair
MCRing == <<3, 1, 2>>
====
