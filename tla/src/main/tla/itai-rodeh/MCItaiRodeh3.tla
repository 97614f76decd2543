---- MODULE MCItaiRodeh3 ----
(* ItaiRodeh, 3 processes, ids from 1..2, rounds modulo 3: every interleaving of draws and deliveries, ties repeated for ever included. *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3>>

====
