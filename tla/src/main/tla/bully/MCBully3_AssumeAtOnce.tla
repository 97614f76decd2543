---- MODULE MCBully3_AssumeAtOnce ----
(* Mutant "assume-at-once" of Bully on 3 nodes: TLC must report Uniqueness violated (a recovered higher node leads before the old leader got its COORDINATOR). *)
EXTENDS Bully
====
