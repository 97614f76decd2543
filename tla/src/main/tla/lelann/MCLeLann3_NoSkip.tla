---- MODULE MCLeLann3_NoSkip ----
(* Mutant "no-skip" of LeLann on the ring <<3, 1, 2>>, from the settled state, one crash: TLC must report Termination violated (a late ACK is ignored, the ring waits for ever). *)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
====
