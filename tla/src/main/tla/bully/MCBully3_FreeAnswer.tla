---- MODULE MCBully3_FreeAnswer ----
(***************************************************************************)
(* Bully, 3 nodes starting together, one crash of any node (which may be  *)
(* followed by a restart), with the answer timer free: it may fire with an *)
(* ANSWER or an ELECTION still on its way.  TLC must report Uniqueness     *)
(* violated: a restarted lower node announces and takes office beside the *)
(* live leader, as its COORDINATORs go to lower ids only.  Bully's safety *)
(* rests on the synchrony of the answer round; this model documents that  *)
(* assumption.  Without a crash (or a false suspicion) no lower node holds *)
(* an election while a higher one leads, and the model passes: a higher   *)
(* winner's announce-then-assume wait makes every lower leader step down. *)
(***************************************************************************)
EXTENDS Bully
====
