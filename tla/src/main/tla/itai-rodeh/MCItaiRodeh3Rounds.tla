---- MODULE MCItaiRodeh3Rounds ----
(* ItaiRodeh, 3 processes, ids from 1..2, exact rounds up to MaxRound (safety only): the FIFO lemma RoundWindow behind the models modulo 3. *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3>>
MaxRound == 4
RoundBound == \A n \in Node : round[n] <= MaxRound
====
