---- MODULE MCItaiRodeh3_TieWins ----
(* Mutant tie-wins of ItaiRodeh, 3 processes: TLC must report Uniqueness violated (two processes draw the same maximum and both lead). *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3>>

====
