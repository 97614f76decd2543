---- MODULE MCItaiRodeh4 ----
(* ItaiRodeh, 4 processes, ids from 1..2, rounds modulo 3. *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3, 4>>

====
