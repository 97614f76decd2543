---- MODULE MCPaxos3Ind ----
(***************************************************************************)
(* IndInv (Paxos.tla) is inductive: TLC starts from every state of         *)
(* TypeOKSmall /\ IndInv and takes one step of Next (the constraint        *)
(* OneStep stops it there), checking IndInv, and so Uniqueness and Fenced, *)
(* on every successor, and that no step lowers a promise or a round        *)
(* (StepMonotone).                                                          *)
(*                                                                         *)
(* The domain TypeOKSmall, at N = 3 without the lease, rounds 0 and 1      *)
(* (ballots <<1, 1>>, <<1, 2>>, <<1, 3>>, ordered by id; MaxRound 2, so a   *)
(* step may be a timeout into round 2), at most one leadership in elected: *)
(*  - Quiet: no message; every state, round, promise and set of promises   *)
(*    of every node.  Every step but a receipt is taken from these states;  *)
(*  - Receiving: one message m, of any type, sender, receiver and ballot;  *)
(*    every state, round, promise and set of promises of m's receiver;     *)
(*    every promise of the other nodes, which are followers of round 1     *)
(*    with no promises counted.                                            *)
(*  - leader 0 everywhere (no guard reads it, no other variable's next     *)
(*    value depends on it); early and crashes 0 with budgets of 1, so every *)
(*    Timeout and Crash the algorithm allows is enabled; the lease's       *)
(*    variables at their constant values (Lease FALSE).                    *)
(* Why this suffices.  No guard reads elected, leader, or a message other  *)
(* than the one received; a step changes the variables of one node,        *)
(* appends at most one leadership and sends new messages.  Each conjunct   *)
(* of IndInv speaks of at most one message, at most two leaderships and    *)
(* the variables of the nodes they name, and one that the step's node,     *)
(* message and new leadership do not take part in can only be broken by a *)
(* promise or a round that falls (promises and counts of promises rise     *)
(* with them), which StepMonotone rules out.  So a step that breaks IndInv *)
(* from any state of IndInv (in these rounds) breaks it, or StepMonotone,  *)
(* from the state cut down to the leadership of the broken conjunct and,   *)
(* for a receipt, to the message received with the other nodes made        *)
(* followers of round 1 counting no promises (the receipt reads none of    *)
(* their variables but their promises, which the cut keeps); IndInv holds  *)
(* of such cuts, which are in the domain.                                  *)
(* TypeOKSmall builds each node's variables from its own possible values,  *)
(* so TLC does not enumerate and throw away the combinations IndInv rules  *)
(* out at once.                                                            *)
(***************************************************************************)
EXTENDS Paxos, TLC

ASSUME Node = {1, 2, 3}

DomRounds == 0..1
DomBallots == {Zero} \cup ({1} \X Node)
\* Every message over the domain's ballots that WellFormed admits.
DomMsgs ==
    {m \in [type : {"Prepare", "Promise"}, from : Node, to : Node, bal : DomBallots] : WellFormed(m)}
    \cup {m \in [type : {"Heartbeat"}, from : Node, to : Node, bal : DomBallots, sentAt : {0}] : WellFormed(m)}
    \cup {m \in [type : {"Nack"}, from : Node, to : Node, bal : DomBallots, promised : DomBallots] : WellFormed(m)}

\* One node's state, round and promise, as IndInv allows them alone.
NodeVals == {t \in States \X DomRounds \X DomBallots :
                t[3][1] <= t[2] /\ (t[1] \in {"Candidate", "Leader"} => t[2] >= 1)}

\* The sets of promises node n may count, in state s with round r, the promises being pr.
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

Quiet ==
    /\ \E t \in [Node -> NodeVals] :
          /\ state = [n \in Node |-> t[n][1]]
          /\ round = [n \in Node |-> t[n][2]]
          /\ promised = [n \in Node |-> t[n][3]]
    /\ \E p1 \in Counts3(1, state[1], round[1], promised), p2 \in Counts3(2, state[2], round[2], promised),
          p3 \in Counts3(3, state[3], round[3], promised) :
          promises = <<p1, p2, p3>>
    /\ msgs = {}

Receiving ==
    /\ \E m \in DomMsgs, t \in NodeVals, pr \in [Node -> DomBallots] :
          /\ msgs = {m}
          /\ state = [n \in Node |-> IF n = m.to THEN t[1] ELSE "Follower"]
          /\ round = [n \in Node |-> IF n = m.to THEN t[2] ELSE 1]
          /\ promised = [n \in Node |-> IF n = m.to THEN t[3] ELSE pr[n]]
          /\ pr[m.to] = Zero
    /\ LET r == (CHOOSE m \in msgs : TRUE).to
       IN \E p \in Counts3(r, state[r], round[r], promised) :
             promises = [n \in Node |-> IF n = r THEN p ELSE {}]

TypeOKSmall ==
    /\ Quiet \/ Receiving
    /\ up = [n \in Node |-> state[n] # "Down"]
    /\ elected \in {<<>>} \cup {<<e>> : e \in DomBallots \X Node}
    /\ FixedVars

IndInit ==
    /\ TypeOKSmall
    /\ IndInv

\* Only the initial states are expanded: their successors are checked, not expanded.
OneStep == TLCGet("level") < 2

IndImpliesUniqueness == IndInv => Uniqueness

StepMonotone == [][Monotone]_vars
====
