---- MODULE MCItaiRodeh4Rounds ----
(* ItaiRodeh, 4 processes, ids from 1..2, exact rounds up to MaxRound (safety only): the FIFO lemma RoundWindow behind the models modulo 3. *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3, 4>>
MaxRound == 4
RoundBound == \A n \in Node : round[n] <= MaxRound
====
