---- MODULE MCLeLann3Conformance ----
(* LeLann, 3 nodes on the ring <<3, 1, 2>> starting together; one crash of node 3 (the highest id, so the failover) at any point, and its restart; no early leader timeout (MaxEpoch 1); behaviours whose epochs stay at most 2; safety only.                                                                          *)
(* Why this model: the conformance check holds every state of the Java nodes against every state TLC reaches in one model, from a together start (the Java nodes always start together). MCLeLann3Faults from a together start (epochs up to 4) is past 10 minutes of TLC; so is this model with any node crashable (past 575,000 states), or with early timeouts in epoch 1 (past 980,000). The constraint bounds both sides alike (TLC dumps no state past it; the explorer reads it and expands no state past it). *)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
\* The state constraint: no epoch beyond 2 (the first election, and the one a restart or a timeout starts).
EpochBound == \A n \in Node : epoch[n] <= 2
====
