---- MODULE MCPaxos3Ind ----
(***************************************************************************)
(* IndInv (Paxos.tla) is inductive: TLC starts from every state of         *)
(* TypeOKSmall /\ IndInv and takes one step of Next (the constraint        *)
(* OneStep stops it there), checking IndInv, and so Uniqueness and Fenced, *)
(* on every successor.                                                     *)
(*                                                                         *)
(* The domain TypeOKSmall, at N = 3 without the lease:                      *)
(*  - rounds 0 to 2 (ballots <<1, n>> and <<2, n>>; MaxRound 3, so a       *)
(*    timeout in round 2 is a step taken);                                  *)
(*  - every state, promise, count of promises and up flag per node;        *)
(*  - at most two messages, each of any type, sender, receiver and ballot  *)
(*    in the rounds above, and at most one leadership in elected.  This    *)
(*    suffices: each conjunct of IndInv speaks of at most one message and  *)
(*    at most two leaderships, a step reads at most one message, appends   *)
(*    at most one leadership, and no guard reads elected or another        *)
(*    message; so a step that breaks a conjunct from a larger state breaks *)
(*    it from the state cut down to the message read, the message of the   *)
(*    conjunct, and the old leadership of the conjunct, which is in the    *)
(*    domain (IndInv's conjuncts hold of every such cut);                  *)
(*  - leader is 0 everywhere: no guard reads it and no other variable's    *)
(*    next value depends on it;                                            *)
(*  - early and crashes 0 with budgets of 1: every Timeout and every Crash *)
(*    the algorithm allows is enabled (the budgets only cut behaviours);   *)
(*  - the lease's variables at their constant values (Lease FALSE).        *)
(* IndInit enumerates the same states as TypeOKSmall /\ IndInv: its extra  *)
(* conjuncts are consequences of IndInv, placed so that TLC prunes early.  *)
(***************************************************************************)
EXTENDS Paxos, TLC

DomRounds == 0..2
DomBallots == {Zero} \cup (1..2) \X Node
\* Every message of TypeOK's shape over the domain's ballots that WellFormed admits.
DomMsgs == {m \in Messages : m.bal \in DomBallots /\ m.type # "Nack" /\ WellFormed(m)}
           \cup {m \in [type : {"Nack"}, from : Node, to : Node, bal : DomBallots, promised : DomBallots] :
                   WellFormed(m)}

TypeOKSmall ==
    /\ state \in [Node -> States]
    /\ up \in [Node -> BOOLEAN]
    /\ round \in [Node -> DomRounds]
    /\ promised \in [Node -> DomBallots]
    /\ promises \in [Node -> SUBSET Node]
    /\ leader = [n \in Node |-> None]
    /\ msgs \in {{}} \cup {{m1, m2} : m1, m2 \in DomMsgs}
    /\ elected \in {<<>>} \cup {<<e>> : e \in DomBallots \X Node}
    /\ crashes = 0 /\ early = 0
    /\ now = 0 /\ clock = [n \in Node |-> 0]
    /\ leaseHolder = [n \in Node |-> None] /\ leaseFrom = [n \in Node |-> -LEASE]
    /\ leaseUntil = [n \in Node |-> 0] /\ preparedAt = [n \in Node |-> 0] /\ acks = [n \in Node |-> {}]

IndInit ==
    /\ state \in [Node -> States]
    /\ up = [n \in Node |-> state[n] # "Down"]
    /\ round \in [Node -> DomRounds]
    /\ \A n \in Node : state[n] \in {"Candidate", "Leader"} => round[n] >= 1
    /\ promised \in [Node -> DomBallots]
    /\ \A n \in Node : promised[n][1] <= round[n]
    /\ ~Started => \A n \in Node : round[n] = 0
    /\ promises \in [Node -> SUBSET Node]
    /\ \A n \in Node : state[n] \notin {"Candidate", "Leader"} => promises[n] = {}
    /\ \A n \in Node : state[n] = "Candidate" => \A a \in promises[n] : ~Less(promised[a], Own(n))
    /\ leader = [n \in Node |-> None]
    /\ msgs \in {{}} \cup {{m1, m2} : m1, m2 \in DomMsgs}
    /\ \A m \in msgs : m.type = "Promise" => ~Less(promised[m.from], m.bal)
    /\ elected \in {<<>>} \cup {<<e>> : e \in DomBallots \X Node}
    /\ crashes = 0 /\ early = 0
    /\ now = 0 /\ clock = [n \in Node |-> 0]
    /\ leaseHolder = [n \in Node |-> None] /\ leaseFrom = [n \in Node |-> -LEASE]
    /\ leaseUntil = [n \in Node |-> 0] /\ preparedAt = [n \in Node |-> 0] /\ acks = [n \in Node |-> {}]
    /\ IndInv

\* Only the initial states are expanded: their successors are checked, not expanded.
OneStep == TLCGet("level") < 1

IndImpliesUniqueness == IndInv => Uniqueness
====
