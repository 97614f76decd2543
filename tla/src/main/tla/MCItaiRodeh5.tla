---- MODULE MCItaiRodeh5 ----
(* ItaiRodeh, 5 processes, ids from 1..2, rounds modulo 3. *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3, 4, 5>>

====
