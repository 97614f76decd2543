---- MODULE MCPaxos3Free ----
(* Paxos ballot leadership without a synchrony oracle, safety only: 3 nodes from a settled election     *)
(* (node 1 leads <<1, 1>>, every acceptor promised it), rounds up to 3, timeouts free (MaxEarly 6:     *)
(* every node may time out in each of rounds 2 and 3 whenever it is a follower or a candidate, which is *)
(* every timeout the round bound leaves, so the early-timeout budget never binds), one crash of any     *)
(* node, possibly restarted (its promise and round are durable).  VIEW SafetyView (Paxos.tla).          *)
EXTENDS Paxos
====
