---- MODULE MCItaiRodeh3_NoDrawFairness ----
(* Mutant no-draw-fairness of ItaiRodeh, 3 processes: without the strong fairness of DrawApart the processes may tie for ever; TLC must report Termination violated. *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3>>

====
