---- MODULE MCLeLann5 ----
(***************************************************************************)
(* LeLann, 5 nodes on the ring <<5, 2, 4, 1, 3>> starting together, no     *)
(* crashes: five concurrent bids, the first election (MaxEpoch 1), checked *)
(* without acknowledgements. With every ACK in flight (Spec as it stands)  *)
(* the interleavings of the ACKs alone take TLC hundreds of times more    *)
(* states than the model has without them.                                *)
(*                                                                         *)
(* Why leaving ACKs out is sound here, for every property this model       *)
(* checks. Without crashes (MaxCrashes 0) RingBase's invariant             *)
(* AcksInvisible holds (MCLeLann3 and MCLeLann4 check it): no message      *)
(* reaches a down node, so lost stays 0 and AckTimeout is never enabled;   *)
(* next[n] stays Succ(n), so an ACK always comes from next[n], answers the *)
(* oldest hop (none was lost) and ReceiveAck only takes that hop off       *)
(* unacked[n]; and every hop still waiting for its ACK is on its way       *)
(* (OnItsWay), so Calm, and with it LeaderTimeout, does not depend on      *)
(* unacked or on ACKs. No other action reads unacked, lost, sent, a hop's  *)
(* seq or an ACK, and no property mentions them. So erasing ACK messages,  *)
(* unacked, sent and the seqs from a behaviour of Spec gives a behaviour   *)
(* of this model up to stuttering (ReceiveAck steps become stutters), and  *)
(* back; Uniqueness, Validity and Termination are insensitive to that.     *)
(* The fairness keeps what can be enabled: Start, LeaderTimeout and the    *)
(* ring links; AckTimeout and every other link are never enabled, so their *)
(* weak fairness holds trivially.                                          *)
(***************************************************************************)
EXTENDS LeLann
MCRing == <<5, 2, 4, 1, 3>>

\* Java's send without the bookkeeping for the acknowledgement (no numbering either).
SendUntracked(n, LS, m) ==
    LET L == LS[1] IN
    IF L.next = n THEN LS ELSE <<L, Append(LS[2], <<n, L.next, m>>)>>

\* No acknowledgement is sent.
NoAck(n, LS, to, m) == LS

RingFairness ==
    \A n \in Node :
        /\ WF_vars(Start(n))
        /\ WF_vars(LeaderTimeout(n))
        /\ WF_vars(Receive(Succ(n), n))
====
