---- MODULE MCPaxosConsensus3 ----
(* Paxos ballot leadership with phase 2 (PaxosConsensus), safety only, no synchrony oracle: 3 nodes from a *)
(* settled election (node 1 leads <<1, 1>> and proposed "a", which it accepted), values "a" and "b",     *)
(* rounds up to 2, timeouts free (MaxEarly 3 never binds: a node times out at most once per round), one    *)
(* crash of any node, possibly restarted (promise, round and accepted value are durable).  VIEW CView.     *)
EXTENDS PaxosConsensus
====
