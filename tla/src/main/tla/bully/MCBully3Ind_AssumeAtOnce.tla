---- MODULE MCBully3Ind_AssumeAtOnce ----
(* MCBully3Ind with the "assume-at-once" mutant (a winner leads as soon as it announces): TLC must  *)
(* report IndInv violated after one step (a node takes office with its COORDINATOR to a lower      *)
(* announcer still on its way), so the inductive check is not vacuous.                             *)
EXTENDS MCBully3Ind
====
