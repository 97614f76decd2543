---- MODULE MCLamportElection3_DeclareEarly ----
(* Mutant declare-early: TLC must report Uniqueness violated (a candidate declares on its first OK, beside the rightful winner). *)
EXTENDS LamportElection
====
