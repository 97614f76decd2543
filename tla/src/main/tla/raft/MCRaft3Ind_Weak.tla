---- MODULE MCRaft3Ind_Weak ----
(* MCRaft3Ind's one-step check with IndInv weakened to TypeOK /\ Uniqueness (votes counted and leaders
   recorded without votes), domain terms up to 1: TLC must report Uniqueness violated after one step
   (a candidate of term 1 completes a majority while the domain's elected says node 1 led term 1), so
   the check is not vacuous and Uniqueness alone is not inductive. *)
EXTENDS MCRaft3Ind
====
