---- MODULE MCChangRoberts3_ForwardSmaller ----
(* Mutant "forward-smaller" of Chang-Roberts on the ring <<3, 1, 2>>: TLC must report Uniqueness violated (every bid comes home, several nodes lead). *)
EXTENDS ChangRoberts
MCRing == <<3, 1, 2>>
====
