---- MODULE MCLeLann3_DeclareOwnId ----
(* Mutant "declare-own-id" of LeLann on the ring <<3, 1, 2>>: TLC must report Uniqueness violated (every node whose bid returns leads). *)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
====
