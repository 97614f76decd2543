---- MODULE MCChangRoberts3Conformance ----
(* ChangRoberts, 3 nodes on the ring <<3, 1, 2>> starting together; one crash of any node at any point, and its restart; no early leader timeout (MaxEpoch 1); behaviours whose epochs stay at most 2; safety only.                    *)
(* Why this model: the conformance check holds every state of the Java nodes against every state TLC reaches in one model, from a together start (the Java nodes always start together). MCChangRoberts3Faults bounds no epoch: a restart bids a newer epoch and a decided node given a stale bid starts a newer one, so neither side's state space is finite from a together start. The constraint bounds both sides alike (TLC dumps no state past it; the explorer reads it and expands no state past it). With early timeouts in epoch 1 (MaxEpoch 2) it has 195,128 states, and with epochs up to 3 as well 1,309,577. *)
EXTENDS ChangRoberts
MCRing == <<3, 1, 2>>
\* The state constraint: no epoch beyond 2 (the first election, and the one a restart or a timeout starts).
EpochBound == \A n \in Node : epoch[n] <= 2
====
