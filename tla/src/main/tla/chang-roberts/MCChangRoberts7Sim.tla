---- MODULE MCChangRoberts7Sim ----
(***************************************************************************)
(* ChangRoberts for TLC's simulation mode (-simulate -depth 200): 7 nodes on the     *)
(* ring <<4, 1, 6, 3, 5, 2, 7>> starting together (the ring of the         *)
(* two-leader window in docs/algorithms.md, with 7 after 2), up to 6 crashes *)
(* of any nodes, each followed by its restart or not, ALIVE tokens (one per  *)
(* link at a time) and early LeaderTimeouts below epoch 8 (then the oracle:  *)
(* only once the ring is calm). The early timeouts are the oracle-free part: *)
(* a node may give up on a running election at any time up to epoch 8; with *)
(* them unbounded, random behaviours rarely let an election finish. Safety   *)
(* only (Uniqueness, Validity, the refinement of Election.tla); the         *)
(* acknowledgement timer keeps its oracle (a late ACK is a crash: the       *)
(* synchrony the algorithm assumes; MCChangRoberts3EarlyAck shows why).             *)
(***************************************************************************)
EXTENDS ChangRoberts
MCRing == <<4, 1, 6, 3, 5, 2, 7>>
====
