---- MODULE MCLeLann3Faults ----
(* LeLann, 3 nodes on the ring <<3, 1, 2>> from the settled state (3 leads epoch 1); one crash of any node at any point, and its restart; safety only (with Termination it is over the CI budget); behaviours whose epochs stay at most 4 (refinement 8 starts extra epochs: unbounded, the model is several times larger). *)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
\* The state constraint: no epoch beyond 4.
EpochBound == \A n \in Node : epoch[n] <= 4
====
