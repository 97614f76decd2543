---- MODULE MCBully4Free ----
(***************************************************************************)
(* Bully, 4 nodes from the settled state (4 leads), safety without the    *)
(* oracles Uniqueness does not need: after the leader crashes, the        *)
(* coordinator and heartbeat timers fire at any time, any number of times *)
(* (Free), while the three survivors fail over to a new leader (3, unless *)
(* a lower node wins first and is bullied).  The answer timer and the     *)
(* announce-then-assume wait keep their oracles, as in MCBully3Free: they *)
(* are Bully's synchrony assumption.  The mutant no-answer is rejected in *)
(* these bounds (MCBully4Free_NoAnswer); assume-at-once is not, as a      *)
(* lower node can lead beside a live higher one only after that one's     *)
(* restart (MCBully3_AssumeAtOnce).                                       *)
(*                                                                         *)
(* The bound, and why it hides no dangerous situation.  Only the leader   *)
(* crashes, once, and it does not restart; before the crash at most       *)
(* MaxSuspicions timers fire while their oracle says what they wait for   *)
(* may still come (a false suspicion, counted in suspicions); after it,   *)
(* any number.  While 4 is up no leader can change: a suspecting node     *)
(* sends ELECTION to 4, which answers and repeats its COORDINATOR, so the *)
(* suspect waits and follows 4 again; it never announces.  A false        *)
(* suspicion before the crash therefore only leaves the dead leader's     *)
(* stale ANSWERs and COORDINATORs in flight, and the one situation it adds *)
(* is the crash falling inside such an election: the default model has    *)
(* none (MaxSuspicions = 0: the crash is the first step), the long one    *)
(* (MCBully4FreeSuspected) one, and MCBully3Free any number at 3 nodes.   *)
(* Two nodes can both reach Announcing or Leader only after the crash,    *)
(* where nothing is bounded.  The old leader's restart (a stale leader    *)
(* beside a newer one) is left to MCBully4Failover (every oracle kept)    *)
(* and MCBully3Free (free timers): with it and free timers at 4 nodes TLC *)
(* did not finish in minutes.  Safety only.                               *)
(***************************************************************************)
EXTENDS Bully
CONSTANT MaxSuspicions   \* false suspicions allowed before the leader's crash
VARIABLE suspicions      \* false suspicions taken before the leader's crash

\* n's coordinator or heartbeat timer would fire early: its oracle says what it waits for may still come.
Suspicious(n) ==
    \/ state[n] = "Waiting" /\ \E m \in InFlight : m.type = "Coordinator" /\ m.to = n
    \/ state[n] = "Follower" /\ ~orphan[n] /\ up[leader[n]] /\ state[leader[n]] \in Leading

FreeInit == Init /\ suspicions = 0

\* Bully's Next without Restart, counting the false suspicions taken before the crash.
FreeNext ==
    \/ \E n \in Node :
          /\ CoordinatorTimeout(n) \/ HeartbeatTimeout(n)
          /\ suspicions' = IF Suspicious(n) /\ crashes = 0 THEN suspicions + 1 ELSE suspicions
          /\ suspicions' <= MaxSuspicions
    \/ /\ \E n \in Node : \/ Start(n) \/ Crash(n) \/ AnswerTimeout(n) \/ BecomeLeader(n)
                          \/ SendHeartbeat(n) \/ ReceiveHeartbeat(n)
       /\ UNCHANGED suspicions
    \/ \E m \in InFlight : Deliver(m) /\ UNCHANGED suspicions

FreeSpec == FreeInit /\ [][FreeNext]_<<vars, suspicions>>

\* After the crash the count is read by no action: states that differ only in it are one.
FreeView == <<vars, IF crashes = 0 THEN suspicions ELSE 0>>
====
