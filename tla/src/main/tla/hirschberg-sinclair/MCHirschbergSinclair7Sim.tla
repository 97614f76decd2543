---- MODULE MCHirschbergSinclair7Sim ----
(* HirschbergSinclair for TLC's simulation mode (-simulate -depth 200): 7 nodes on the ring <<7, 1, 6, 2, 5, 3, 4>> starting together (phases 0 to 3), messages received in any order, any number of times; safety only (Uniqueness, Validity, the refinement of Election.tla). *)
EXTENDS HirschbergSinclair
MCRing == <<7, 1, 6, 2, 5, 3, 4>>
====
