---- MODULE MCHirschbergSinclair3_NoNextPhase ----
(* Mutant "no-next-phase" of Hirschberg-Sinclair on the ring <<3, 1, 2>>: TLC must report Termination violated: no candidate goes past phase 0, so no probe goes round the ring. *)
EXTENDS HirschbergSinclair
MCRing == <<3, 1, 2>>
====
