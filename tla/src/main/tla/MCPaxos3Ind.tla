---- MODULE MCPaxos3Ind ----
(***************************************************************************)
(* IndInv (Paxos.tla) is inductive: TLC starts from every state of         *)
(* TypeOKSmall /\ IndInv and takes one step of Next (the constraint        *)
(* OneStep stops it there), checking IndInv, and so Uniqueness and Fenced, *)
(* on every successor, and that the step keeps promises and rounds from    *)
(* falling (Monotone, as an action property).                              *)
(*                                                                         *)
(* The domain TypeOKSmall, at N = 3 without the lease:                      *)
(*  - rounds 0 and 1 (ballots <<1, 1>>, <<1, 2>>, <<1, 3>>, ordered by id; *)
(*    MaxRound 2, so the step may be a timeout into round 2);               *)
(*  - every state, promise, set of promises and up flag per node;          *)
(*  - at most one message, of any type, sender, receiver and ballot in     *)
(*    those rounds, and at most one leadership in elected.  This suffices:  *)
(*    a step reads at most one message, appends at most one leadership,    *)
(*    and no guard reads elected or another message; each conjunct of      *)
(*    IndInv speaks of at most one message and at most two leaderships, and *)
(*    one over a message or leadership that the step neither reads, sends  *)
(*    nor appends can only be broken by a fall of a promise or a round      *)
(*    (WellFormed speaks of the message alone; the others rise with         *)
(*    promised and round), which Monotone rules out; so a step that breaks *)
(*    IndInv from a larger state breaks it, or Monotone, from the state     *)
(*    cut down to the message it reads and the one old leadership of the   *)
(*    conjunct, which is in the domain (IndInv holds of every such cut);   *)
(*  - leader is 0 everywhere: no guard reads it and no other variable's    *)
(*    next value depends on it;                                            *)
(*  - early and crashes 0 with budgets of 1: every Timeout and every Crash *)
(*    the algorithm allows is enabled (the budgets only cut behaviours);   *)
(*  - the lease's variables at their constant values (Lease FALSE).        *)
(* IndInit enumerates the states of TypeOKSmall /\ IndInv: its extra       *)
(* conjuncts are consequences of IndInv, placed so that TLC prunes early.  *)
(***************************************************************************)
EXTENDS Paxos, TLC

DomRounds == 0..1
DomBallots == {Zero} \cup ({1} \X Node)
\* Every message of TypeOK's shape over the domain's ballots that WellFormed admits.
DomMsgs ==
    {m \in [type : {"Prepare", "Promise"}, from : Node, to : Node, bal : DomBallots] : WellFormed(m)}
    \cup {m \in [type : {"Heartbeat"}, from : Node, to : Node, bal : DomBallots, sentAt : {0}] : WellFormed(m)}
    \cup {m \in [type : {"Nack"}, from : Node, to : Node, bal : DomBallots, promised : DomBallots] : WellFormed(m)}

FixedVars ==
    /\ leader = [n \in Node |-> None]
    /\ crashes = 0 /\ early = 0
    /\ now = 0 /\ clock = [n \in Node |-> 0]
    /\ leaseHolder = [n \in Node |-> None] /\ leaseFrom = [n \in Node |-> -LEASE]
    /\ leaseUntil = [n \in Node |-> 0] /\ preparedAt = [n \in Node |-> 0] /\ acks = [n \in Node |-> {}]

TypeOKSmall ==
    /\ state \in [Node -> States]
    /\ up \in [Node -> BOOLEAN]
    /\ round \in [Node -> DomRounds]
    /\ promised \in [Node -> DomBallots]
    /\ promises \in [Node -> SUBSET Node]
    /\ msgs \in {{}} \cup {{m} : m \in DomMsgs}
    /\ elected \in {<<>>} \cup {<<e>> : e \in DomBallots \X Node}
    /\ FixedVars

IndInit ==
    /\ state \in [Node -> States]
    /\ up = [n \in Node |-> state[n] # "Down"]
    /\ round \in [Node -> DomRounds]
    /\ \A n \in Node : state[n] \in {"Candidate", "Leader"} => round[n] >= 1
    /\ ~Started => \A n \in Node : round[n] = 0
    /\ promised \in [Node -> DomBallots]
    /\ \A n \in Node : promised[n][1] <= round[n]
    /\ promises \in [Node -> SUBSET Node]
    /\ \A n \in Node : state[n] \notin {"Candidate", "Leader"} => promises[n] = {}
    /\ \A n \in Node : state[n] \in {"Candidate", "Leader"} => \A a \in promises[n] : ~Less(promised[a], Own(n))
    /\ msgs \in {{}} \cup {{m} : m \in DomMsgs}
    /\ elected \in {<<>>} \cup {<<e>> : e \in DomBallots \X Node}
    /\ FixedVars
    /\ IndInv

\* Only the initial states are expanded: their successors are checked, not expanded.
OneStep == TLCGet("level") < 1

\* Every initial state is in the domain (IndInit adds only consequences of IndInv).
InDomain == TLCGet("level") = 0 => TypeOKSmall

IndImpliesUniqueness == IndInv => Uniqueness

StepMonotone == [][Monotone]_vars
====
