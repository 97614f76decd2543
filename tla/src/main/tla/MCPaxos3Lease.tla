---- MODULE MCPaxos3Lease ----
(* Paxos with the leader lease, 3 nodes from a settled election; see MCPaxos3Lease.cfg for the bounds. *)
EXTENDS Paxos
====
