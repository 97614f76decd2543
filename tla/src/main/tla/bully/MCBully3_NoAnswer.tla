---- MODULE MCBully3_NoAnswer ----
(* Mutant "no-answer" of Bully on 3 nodes: TLC must report Uniqueness violated (a restarted lower node hears no reply and leads beside the leader). *)
EXTENDS Bully
====
