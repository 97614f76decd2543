---- MODULE MCRaft7SimOptions ----
(* Raft election with PreVote and CheckQuorum for TLC's simulation mode (-simulate -depth 200), 7
   nodes starting together, no synchrony oracle (MaxEarly is past any depth simulated: timeouts,
   lease answers and StepDowns at any time), terms up to 12, up to 6 crashes (each node may restart,
   currentTerm and votedFor kept), differing logs (nodes 1 and 2 <<2, 3>>, node 3 <<2, 2>>, node 4
   <<1, 4>>, node 5 <<0, 0>>, node 6 <<2, 1>>, node 7 <<1, 1>>); safety only: Uniqueness, UpToDate
   and the refinement of Election.  Too big to explore; each behaviour is a random path. *)
EXTENDS Raft, TLC
MCLog == (1 :> <<2, 3>>) @@ (2 :> <<2, 3>>) @@ (3 :> <<2, 2>>) @@ (4 :> <<1, 4>>) @@ (5 :> <<0, 0>>)
         @@ (6 :> <<2, 1>>) @@ (7 :> <<1, 1>>)
====
