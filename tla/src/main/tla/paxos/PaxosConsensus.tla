--------------------------- MODULE PaxosConsensus ---------------------------
(***************************************************************************)
(* Phase 2 on top of Paxos ballot leadership: what a ballot's leadership   *)
(* guarantees beyond the naming of ballots.  The Java node has no phase 2, *)
(* so this module extends Paxos.tla without changing its actions (its      *)
(* trace modules validate Java traces against Paxos.tla alone).            *)
(*                                                                         *)
(* Every acceptor that promises a ballot reports the highest ballot and    *)
(* value it accepted before (a phase 1b report, carried by its Promise;    *)
(* reports holds them, as msgs holds the Promises).  A candidate that wins *)
(* proposes, in its ballot, the value of the highest ballot its promise    *)
(* quorum reported, or any value if none reported one (a phase 2a          *)
(* message: proposals), and its own acceptor accepts it.  Its heartbeats   *)
(* carry that value (the heartbeat of ballot b is b's Accept): an acceptor *)
(* that takes a heartbeat at least as high as its promise accepts the      *)
(* ballot's value (accepted, durable; votes is the history of every        *)
(* acceptance).  A value is chosen in ballot b once a majority accepted it *)
(* in b.  Without the lease only (ASSUME ~Lease).                          *)
(*                                                                         *)
(* Properties: at most one value is ever chosen (Agreement), and a leader  *)
(* of a ballot above one in which a value was chosen proposes that value   *)
(* (ProposeChosen).  Neither follows from how ballots are named: they rest *)
(* on the promise quorums meeting the accepting quorums and reporting what *)
(* they accepted.  Mutant "ignore-reports" (a leader proposes any value)   *)
(* and mutant "forget-accepted" (a restarted acceptor forgets what it      *)
(* accepted, keeping its promise) break them.                              *)
(***************************************************************************)
EXTENDS Paxos

CONSTANTS
    Values       \* the values a leader may propose: strings other than "none"

VARIABLES
    accepted,    \* accepted[a]: <<ballot, value>> that a's acceptor accepted last (the highest), NoVote for none (durable)
    proposals,   \* phase 2a: <<ballot, value>> that the leader of ballot proposed; a heartbeat of ballot b carries b's value
    reports,     \* phase 1b: [from, bal, acc]: acceptor from promised ballot bal, having accepted acc before
    votes        \* history: <<acceptor, ballot, value>> for every acceptance so far

cvars == <<accepted, proposals, reports, votes>>
allVars == <<vars, cvars>>

NoVote == <<Zero, "none">>
V0 == CHOOSE v \in Values : TRUE

ASSUME ~Lease /\ Values # {} /\ "none" \notin Values

Report(n, b) == [from |-> n, bal |-> b, acc |-> accepted[n]]

CTypeOK ==
    /\ TypeOK
    /\ accepted \in [Node -> (Ballots \X Values) \cup {NoVote}]
    /\ proposals \subseteq Ballots \X Values
    /\ reports \subseteq [from : Node, bal : Ballots, acc : (Ballots \X Values) \cup {NoVote}]
    /\ votes \subseteq Node \X Ballots \X Values

\* Settled: node 1 leads <<1, First>> and proposed V0, which its own acceptor accepted; every acceptor
\* promised <<1, First>> having accepted nothing.
CInit ==
    /\ Init
    /\ IF Boot = "together"
       THEN /\ accepted = [n \in Node |-> NoVote]
            /\ proposals = {}
            /\ reports = {}
            /\ votes = {}
       ELSE /\ accepted = [n \in Node |-> IF n = First THEN <<<<1, First>>, V0>> ELSE NoVote]
            /\ proposals = {<<<<1, First>>, V0>>}
            /\ reports = {[from |-> n, bal |-> <<1, First>>, acc |-> NoVote] : n \in Node}
            /\ votes = {<<First, <<1, First>>, V0>>}

\* The values the leader of ballot b may propose, its promise quorum Q having reported: the value of
\* the highest ballot that any of them accepted, or any value if none accepted one (mutant
\* "ignore-reports": any value at all).
Reported(b, Q) == {r.acc : r \in {x \in reports : x.bal = b /\ x.from \in Q}} \ {NoVote}
Proposable(b, Q) ==
    LET acc == Reported(b, Q)
    IN IF Mutant = "ignore-reports" \/ acc = {} THEN Values
       ELSE {(CHOOSE x \in acc : \A y \in acc : ~Less(x[1], y[1]))[2]}

\* Leader n proposes a value in its ballot, and its own acceptor accepts it.
Propose(n, Q) ==
    \E v \in Proposable(Own(n), Q) :
        /\ proposals' = proposals \cup {<<Own(n), v>>}
        /\ accepted' = [accepted EXCEPT ![n] = <<Own(n), v>>]
        /\ votes' = votes \cup {<<n, Own(n), v>>}

\* Its own acceptor's promise comes with its report.
CTimeout(n) ==
    /\ Timeout(n)
    /\ reports' = IF n \in promises'[n] THEN reports \cup {Report(n, Own(n)')} ELSE reports
    /\ IF state'[n] = "Leader" THEN Propose(n, {n}) ELSE UNCHANGED <<accepted, proposals, votes>>

CReceivePrepare(n, m) ==
    /\ ReceivePrepare(n, m)
    /\ reports' = IF ~Less(m.bal, promised[n]) THEN reports \cup {Report(n, m.bal)} ELSE reports
    /\ UNCHANGED <<accepted, proposals, votes>>

CBecomeLeader(n, m) ==
    /\ BecomeLeader(n, m)
    /\ Propose(n, promises'[n])
    /\ UNCHANGED reports

\* Phase 2b: a heartbeat at least as high as the promise makes the acceptor accept its ballot's value.
CReceiveHeartbeat(n, m) ==
    /\ ReceiveHeartbeat(n, m)
    /\ IF ~Less(m.bal, promised[n])
       THEN \E p \in proposals :
               /\ p[1] = m.bal
               /\ accepted' = [accepted EXCEPT ![n] = p]
               /\ votes' = votes \cup {<<n, p[1], p[2]>>}
       ELSE UNCHANGED <<accepted, votes>>
    /\ UNCHANGED <<proposals, reports>>

\* accepted is durable; mutant "forget-accepted" loses it (and keeps the promise).
CRestart(n) ==
    /\ Restart(n)
    /\ accepted' = IF Mutant = "forget-accepted" THEN [accepted EXCEPT ![n] = NoVote] ELSE accepted
    /\ UNCHANGED <<proposals, reports, votes>>

CReceive(n, m) ==
    \/ CReceivePrepare(n, m)
    \/ ReceivePromise(n, m) /\ UNCHANGED cvars
    \/ CBecomeLeader(n, m)
    \/ ReceiveNack(n, m) /\ UNCHANGED cvars
    \/ CReceiveHeartbeat(n, m)

CNext ==
    \/ \E n \in Node : \/ Start(n) /\ UNCHANGED cvars
                       \/ CRestart(n)
                       \/ Crash(n) /\ UNCHANGED cvars
                       \/ CTimeout(n)
                       \/ SendHeartbeat(n) /\ UNCHANGED cvars
    \/ \E m \in msgs : CReceive(m.to, m)

CSpec == CInit /\ [][CNext]_allVars

\* Paxos's SafetyView, for the same models (no mutant, MaxEarly never binds), with phase 2: a report is
\* read only while its ballot's proposer campaigns for it, like its Promise.
CView == <<SafetyView, accepted, proposals, {r \in reports : state[r.bal[2]] = "Candidate" /\ Own(r.bal[2]) = r.bal}, votes>>

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* A value is chosen in ballot b once a majority accepted it in b.
Chosen(b, v) == Cardinality({a \in Node : <<a, b, v>> \in votes}) >= Quorum
ChosenValues == {x[3] : x \in {y \in votes : Chosen(y[2], y[3])}}

\* At most one value is ever chosen.
Agreement == Cardinality(ChosenValues) <= 1

\* A leader of a ballot above one in which a value was chosen proposes that value.
ProposeChosen ==
    \A x \in votes : Chosen(x[2], x[3]) => \A p \in proposals : Less(x[2], p[1]) => p[2] = x[3]

(***************************************************************************)
(* An inductive invariant for phase 2 (Lamport's, in this module's terms): *)
(* every proposal is safe at its ballot, i.e. for every lower ballot c a   *)
(* majority has each voted for the proposal's value in c or can no longer  *)
(* vote in c (promised above c, no vote in c); a report names the highest  *)
(* vote of its acceptor below its ballot; accepted is an acceptor's        *)
(* highest vote.  With Paxos's IndInv it implies Agreement and            *)
(* ProposeChosen (MCPaxosConsensus3Ind checks one step of CNext).          *)
(***************************************************************************)
PBallots == (1..MaxRound) \X Node
Quorums == {Q \in SUBSET Node : Cardinality(Q) >= Quorum}
VotedIn(a, c) == \E x \in votes : x[1] = a /\ x[2] = c
SafeAt(b, v) ==
    \A c \in PBallots :
        Less(c, b) => \E Q \in Quorums :
            \A a \in Q : <<a, c, v>> \in votes \/ (Less(c, promised[a]) /\ ~VotedIn(a, c))

\* acc is a's highest vote among the ballots at or below b, none if NoVote.
HighestBelow(a, acc, b) ==
    IF acc = NoVote
    THEN \A x \in votes : x[1] = a => ~Less(x[2], b)
    ELSE /\ <<a, acc[1], acc[2]>> \in votes /\ ~Less(b, acc[1])
         /\ \A x \in votes : x[1] = a /\ Less(x[2], b) => ~Less(acc[1], x[2])

CIndInv ==
    /\ IndInv
    /\ \A p, q \in proposals : p[1] = q[1] => p = q
    /\ \A p \in proposals : (\E i \in DOMAIN elected : elected[i][1] = p[1]) /\ SafeAt(p[1], p[2])
    /\ \A n \in Node : state[n] = "Leader" => \E p \in proposals : p[1] = Own(n)
    /\ \A m \in msgs : m.type = "Heartbeat" => \E p \in proposals : p[1] = m.bal
    /\ \A x \in votes : <<x[2], x[3]>> \in proposals /\ ~Less(promised[x[1]], x[2])
    \* accepted is the highest vote
    /\ \A a \in Node :
           IF accepted[a] = NoVote THEN ~\E x \in votes : x[1] = a
           ELSE /\ <<a, accepted[a][1], accepted[a][2]>> \in votes
                /\ \A x \in votes : x[1] = a => ~Less(accepted[a][1], x[2])
    /\ \A r \in reports : ~Less(promised[r.from], r.bal) /\ HighestBelow(r.from, r.acc, r.bal)
    /\ \A m \in msgs : m.type = "Promise" => \E r \in reports : r.from = m.from /\ r.bal = m.bal
    /\ \A n \in Node : state[n] = "Candidate" =>
           \A a \in promises[n] : \E r \in reports : r.from = a /\ r.bal = Own(n)

(***************************************************************************)
(* Witnesses of phase 2 (Paxos's own witnesses apply as they are).          *)
(***************************************************************************)

\* A value was chosen and a leader of a higher ballot has proposed since: its quorum's reports mattered.
WitnessReproposed ==
    \E x \in votes, p \in proposals : Chosen(x[2], x[3]) /\ Less(x[2], p[1])

\* Two acceptors accepted different values (in different ballots): leaders did choose freely.
WitnessValuesDiffer ==
    \E a, b \in Node : accepted[a] # NoVote /\ accepted[b] # NoVote /\ accepted[a][2] # accepted[b][2]
=============================================================================
