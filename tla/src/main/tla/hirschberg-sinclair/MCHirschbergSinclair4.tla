---- MODULE MCHirschbergSinclair4 ----
(* HirschbergSinclair, 4 nodes on the ring <<4, 1, 3, 2>> starting together; messages received in any order, any number of times. *)
EXTENDS HirschbergSinclair
MCRing == <<4, 1, 3, 2>>
====
