---- MODULE MCPaxos5Sim ----
(* Paxos ballot leadership for TLC's simulation mode (-simulate -depth 200), safety only, no synchrony   *)
(* oracle: 5 nodes starting together, rounds up to 10, timeouts free (MaxEarly 50 never binds: a node   *)
(* times out at most once per round), up to 4 crashes, each node possibly restarted.                    *)
EXTENDS Paxos
====
