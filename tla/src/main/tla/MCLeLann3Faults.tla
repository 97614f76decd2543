---- MODULE MCLeLann3Faults ----
(* LeLann, 3 nodes on the ring <<3, 1, 2>> from the settled state (3 leads epoch 1); one crash of any node at any point, and its restart; safety only (with Termination: 164,941 states and about 5 minutes, over the CI budget). *)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
====
