---- MODULE MCHirschbergSinclair5 ----
(* HirschbergSinclair, 5 nodes on the ring <<5, 1, 4, 2, 3>> starting together; messages received in any order, any number of times. *)
EXTENDS HirschbergSinclair
MCRing == <<5, 1, 4, 2, 3>>
====
