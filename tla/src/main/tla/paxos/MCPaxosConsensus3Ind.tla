---- MODULE MCPaxosConsensus3Ind ----
(***************************************************************************)
(* CIndInv (PaxosConsensus.tla) is kept by one step of CNext from every    *)
(* state of TypeOKSmall /\ CIndInv (the constraint OneStep stops TLC after *)
(* one step; CIndInv, Agreement and ProposeChosen are checked on every     *)
(* successor, and StepMonotone that promises and rounds do not fall).      *)
(*                                                                         *)
(* The domain TypeOKSmall is bounded, not complete: N = 3, values "a" and  *)
(* "b", rounds 0 and 1 (ballots <<1, 1>> < <<1, 2>> < <<1, 3>>; MaxRound 2 *)
(* so a step may time out into round 2); one node k acts: any state but   *)
(* Idle (Start changes no variable of phase 2), round, promise and count   *)
(* of promises, and at most one message, sent to k (a Prepare, Promise or  *)
(* Heartbeat, the receipts that touch phase 2); the other nodes are        *)
(* followers of round 1 counting no promises, with any promise; at most    *)
(* one leadership, so at most one proposal, any votes for it, accepted as  *)
(* the votes make it, and the phase 1b reports that the step may read:     *)
(* those of k's counted promises and of the Promise in flight, each naming *)
(* any of its acceptor's votes or none.  Another report keeps its          *)
(* conjunct: its acceptor's promise only rises (StepMonotone), and a vote  *)
(* is cast at or above the voter's promise, so above the report's ballot.  *)
(* leader, early, crashes and the lease's variables are fixed as in        *)
(* MCPaxos3Ind.  The domain holds the step that matters, a candidate       *)
(* completing its majority above a ballot whose value some acceptors       *)
(* accepted, in every combination of those votes, promises and reports.    *)
(* The Paxos part of CIndInv (IndInv) is checked over its own domain by    *)
(* MCPaxos3Ind.                                                            *)
(***************************************************************************)
EXTENDS PaxosConsensus, TLC

ASSUME Node = {1, 2, 3}

DomRounds == 0..1
DomBallots == {Zero} \cup ({1} \X Node)
DomMsgs ==
    {m \in [type : {"Prepare", "Promise"}, from : Node, to : Node, bal : DomBallots] : WellFormed(m)}
    \cup {m \in [type : {"Heartbeat"}, from : Node, to : Node, bal : DomBallots, sentAt : {0}] : WellFormed(m)}

NodeVals == {t \in (States \ {"Idle"}) \X DomRounds \X DomBallots :
                t[3][1] <= t[2] /\ (t[1] \in {"Candidate", "Leader"} => t[2] >= 1)}

Counts3(n, s, r, pr) ==
    IF s \in {"Candidate", "Leader"}
    THEN {S \in SUBSET Node : n \in S /\ \A a \in S : ~Less(pr[a], <<r, n>>)}
    ELSE {{}}

FixedVars ==
    /\ leader = [n \in Node |-> None]
    /\ crashes = 0 /\ early = 0
    /\ now = 0 /\ clock = [n \in Node |-> 0]
    /\ leaseHolder = [n \in Node |-> None] /\ leaseFrom = [n \in Node |-> -LEASE]
    /\ leaseUntil = [n \in Node |-> 0] /\ preparedAt = [n \in Node |-> 0] /\ acks = [n \in Node |-> {}]

\* The phase 1b reports that CIndInv requires: one for each promise that candidate k counts and one for
\* the Promise in flight, naming any vote (CIndInv keeps the highest one below the ballot).
Required(k) ==
    {<<a, Own(k)>> : a \in IF state[k] = "Candidate" THEN promises[k] ELSE {}}
    \cup {<<m.from, m.bal>> : m \in {x \in msgs : x.type = "Promise"}}

TypeOKSmall ==
    /\ \E k \in Node, t \in NodeVals : \E pr \in [Node \ {k} -> DomBallots] :
          /\ state = [n \in Node |-> IF n = k THEN t[1] ELSE "Follower"]
          /\ round = [n \in Node |-> IF n = k THEN t[2] ELSE 1]
          /\ promised = [n \in Node |-> IF n = k THEN t[3] ELSE pr[n]]
          /\ \E p \in Counts3(k, t[1], t[2], promised) : promises = [n \in Node |-> IF n = k THEN p ELSE {}]
          /\ msgs \in {{}} \cup {{m} : m \in {x \in DomMsgs : x.to = k}}
          /\ \A m \in msgs : m.type = "Promise" => ~Less(promised[m.from], m.bal)
          /\ up = [n \in Node |-> state[n] # "Down"]
          /\ elected \in {<<>>} \cup {<<<<b, b[2]>>>> : b \in {1} \X Node}
          /\ Fenced /\ \A e \in Range(elected) : e[1][1] <= round[e[2]]
          /\ proposals \in {{}} \cup {{<<elected[1][1], v>>} : v \in IF elected = <<>> THEN {} ELSE Values}
          /\ \A n \in Node : state[n] = "Leader" => \E q \in proposals : q[1] = Own(n)
          /\ \A m \in msgs : m.type = "Heartbeat" => \E q \in proposals : q[1] = m.bal
          /\ votes \in SUBSET {<<a, q[1], q[2]>> : a \in Node, q \in proposals}
          /\ \A x \in votes : ~Less(promised[x[1]], x[2])
          /\ accepted = [a \in Node |-> IF \E x \in votes : x[1] = a
                                        THEN LET x == CHOOSE y \in votes : y[1] = a IN <<x[2], x[3]>>
                                        ELSE NoVote]
          /\ \E f \in [Required(k) -> {NoVote} \cup {<<x[2], x[3]>> : x \in votes}] :
                reports = {[from |-> q[1], bal |-> q[2], acc |-> f[q]] : q \in Required(k)}
    /\ FixedVars

IndInit == TypeOKSmall /\ CIndInv

OneStep == TLCGet("level") < 2

StepMonotone == [][Monotone]_allVars
====
