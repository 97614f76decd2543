---- MODULE MCItaiRodeh3_ForgetHopCount ----
(* Mutant forget-hop-count of ItaiRodeh, 3 processes: TLC must report Termination violated (no message is seen to come home). *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3>>

====
