---- MODULE MCHirschbergSinclair2_ReplySmaller ----
(* Mutant "reply-smaller" of Hirschberg-Sinclair on the ring <<2, 1>>: TLC must report Uniqueness violated: every candidate's last probe comes home and both nodes lead. Two nodes, each the other's neighbour both ways: on 3 nodes every candidate runs every phase and TLC needs minutes to reach the second leader. Validity, which a lone wrong leader breaks first, is left out so that TLC reports the two leaders. *)
EXTENDS HirschbergSinclair
MCRing == <<2, 1>>
====
