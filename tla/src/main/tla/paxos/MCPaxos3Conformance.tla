---- MODULE MCPaxos3Conformance ----
(* Paxos ballot leadership, 3 nodes starting together; round 1 only, one early timeout (rival ballots of round 1), one crash of any node at any moment and its restart; safety only (a crash before round 1 is decided can leave no round to elect in, so Termination does not hold here).                                                           *)
(* Why this model: the conformance check holds every state of the Java nodes against every state TLC reaches in one model, from a together start (the Java nodes always start together). MCPaxos3Faults from a together start (rounds up to 2) is past 10 minutes of TLC, and with rounds up to 2 but no early timeout it has 151,803 states; one round with a crash and restart, rivals and a refused ballot keeps the comparison in the default build. *)
EXTENDS Paxos
====
