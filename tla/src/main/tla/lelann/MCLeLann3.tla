---- MODULE MCLeLann3 ----
(* LeLann, 3 nodes on the ring <<3, 1, 2>> starting together, no crashes: three concurrent bids, the first election (epoch 1; since the winner waits for its first ALIVE to come home, a second epoch is over the CI budget). *)
EXTENDS LeLann
MCRing == <<3, 1, 2>>
====
