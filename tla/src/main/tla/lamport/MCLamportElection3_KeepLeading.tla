---- MODULE MCLamportElection3_KeepLeading ----
(* Mutant keep-leading: TLC must report Uniqueness violated (a restarted node outbids the leader, which promises but keeps leading). *)
EXTENDS LamportElection
====
