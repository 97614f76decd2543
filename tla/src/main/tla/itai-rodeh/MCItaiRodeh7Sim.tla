---- MODULE MCItaiRodeh7Sim ----
(* ItaiRodeh for TLC's simulation mode (-simulate -depth 200): 7 processes, ids from 1..2 (ties in most rounds), exact rounds (RoundMod 0, unbounded: the FIFO lemma RoundWindow is checked on every state); safety only (Uniqueness, Agreement, RoundWindow, the refinement of Election.tla). *)
EXTENDS ItaiRodeh
MCRing == <<1, 2, 3, 4, 5, 6, 7>>
====
