-------------------------------- MODULE Raft ---------------------------------
(***************************************************************************)
(* Raft's leader election (Ongaro and Ousterhout 2014, section 5.2 and      *)
(* Figure 2), the specification of impl/src/main/java/dev/electorate/impl/ *)
(* raft.  The per-node variables (currentTerm, votedFor, state,            *)
(* votesGranted, leader) and the action names are the ones the Java node   *)
(* records, so a Java trace reads as a behaviour of this spec.             *)
(*                                                                         *)
(* Logs.  Each node's log is fixed; only its last term and index matter    *)
(* (the vote rule), given by the constant LastLog.  Nothing is replicated. *)
(*                                                                         *)
(* Network.  msgs is every message ever sent.  A receipt does not consume  *)
(* its message, so any message may arrive any number of times, in any      *)
(* order, or never: loss, duplication, reordering and partitions are all   *)
(* behaviours of this spec, and Lose and Duplicate are stuttering steps.   *)
(*                                                                         *)
(* Time.  There are no clocks.  Timeout (the election timer) may fire at   *)
(* any moment in a follower or a candidate, as a timer can under loss,     *)
(* partitions, pauses or skewed clocks.  Safety (Uniqueness) is checked    *)
(* against all of that.  Termination needs a period of synchrony: after at *)
(* most MaxEarly "early" timeouts (ones that fire while a leader or another *)
(* eligible candidate is up: lost heartbeats, split votes), every timeout   *)
(* happens only when the synchrony oracle Sync holds, i.e. when randomized  *)
(* timeouts let one node with an up-to-date log time out alone.            *)
(*                                                                         *)
(* Options (Ongaro's thesis, section 9.6), the constants PreVote and       *)
(* CheckQuorum, as RaftOptions in Java.  PreVote: a timeout makes a node a *)
(* PreCandidate that asks, without raising its term, whether a majority    *)
(* would vote for it (PreVote, PreVoteResponse); it campaigns only then    *)
(* (StartElection).  CheckQuorum: a leader steps down when a majority did  *)
(* not answer it within an election timeout (StepDown; QuorumHeard when    *)
(* one did), and a follower in its lease refuses RequestVote of a higher   *)
(* term.  A lease (heard from a leader less than an election timeout ago)  *)
(* is a clock fact; without clocks the spec says a non-leader is in its    *)
(* lease when it follows a live leader of its term, and counts the other   *)
(* answer, like a StepDown while a majority is up, as an early event: in a *)
(* period of synchrony neither happens.                                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Node,        \* the node ids: a finite set of positive integers
    LastLog,     \* LastLog[n] = <<lastLogTerm, lastLogIndex>> of n's fixed log
    MaxTerm,     \* no node times out beyond this term, so models are finite
    MaxCrashes,  \* how many Crash steps one behaviour may take
    MaxEarly,    \* how many timeouts may fire outside the synchrony oracle
    Mutant,      \* "none" for the algorithm, else the name of the one rule it breaks ("ignore-log":
                 \* the vote rule skips the log comparison)
    Boot,        \* "together": all nodes start, as in the simulator; "settled": begin where an
                 \* election ends (the lowest id leads term 1), so larger models can afford faults
    PreVote,     \* TRUE: a timeout first asks for pre-votes (RaftOptions.preVote)
    CheckQuorum  \* TRUE: leaders step down without a majority, followers keep leases (RaftOptions.checkQuorum)

VARIABLES
    currentTerm,   \* currentTerm[n]: the latest term n has seen (durable)
    votedFor,      \* votedFor[n]: whom n voted for in currentTerm[n], 0 for none (durable)
    state,         \* state[n]: "Follower", "Candidate", "Leader"; "Idle" before Start, "Down" while crashed
    votesGranted,  \* votesGranted[n]: the nodes that voted for candidate n in its term
    leader,        \* leader[n]: the leader n knows for currentTerm[n], 0 for none
    up,            \* up[n]: n is running
    msgs,          \* every message sent so far
    crashes,       \* Crash steps taken so far
    early,         \* timeouts taken outside the synchrony oracle so far
    elected        \* history: the pairs <<term, node>> of every BecomeLeader so far

vars == <<currentTerm, votedFor, state, votesGranted, leader, up, msgs, crashes, early, elected>>

None == 0
States == {"Idle", "Follower", "PreCandidate", "Candidate", "Leader", "Down"}
Mutants == {"none", "forget-vote", "grant-any-vote", "ignore-higher-term", "ignore-log"}
Terms == 0..MaxTerm
Quorum == Cardinality(Node) \div 2 + 1

ASSUME Mutant \in Mutants
ASSUME Boot \in {"together", "settled"}
ASSUME LastLog \in [Node -> Nat \X Nat]
ASSUME MaxTerm \in Nat /\ MaxCrashes \in Nat /\ MaxEarly \in Nat
ASSUME PreVote \in BOOLEAN /\ CheckQuorum \in BOOLEAN

\* Raft's vote rule: log tip a is at least as up-to-date as log tip b.
LogOk(a, b) == a[1] > b[1] \/ (a[1] = b[1] /\ a[2] >= b[2])

RequestVote(f, d, t) ==
    [type |-> "RequestVote", from |-> f, to |-> d, term |-> t,
     lastLogTerm |-> LastLog[f][1], lastLogIndex |-> LastLog[f][2]]
RequestVoteResponse(f, d, t, g) ==
    [type |-> "RequestVoteResponse", from |-> f, to |-> d, term |-> t, voteGranted |-> g]
PreVoteRequest(f, d, t) ==
    [type |-> "PreVote", from |-> f, to |-> d, term |-> t,
     lastLogTerm |-> LastLog[f][1], lastLogIndex |-> LastLog[f][2]]
PreVoteResponse(f, d, t, g) ==
    [type |-> "PreVoteResponse", from |-> f, to |-> d, term |-> t, voteGranted |-> g]
AppendEntries(f, d, t) ==
    [type |-> "AppendEntries", from |-> f, to |-> d, term |-> t]
AppendEntriesResponse(f, d, t, s) ==
    [type |-> "AppendEntriesResponse", from |-> f, to |-> d, term |-> t, success |-> s]

Messages ==
    [type : {"RequestVote"}, from : Node, to : Node, term : Nat, lastLogTerm : Nat, lastLogIndex : Nat]
    \cup [type : {"RequestVoteResponse"}, from : Node, to : Node, term : Nat, voteGranted : BOOLEAN]
    \cup [type : {"PreVote"}, from : Node, to : Node, term : Nat, lastLogTerm : Nat, lastLogIndex : Nat]
    \cup [type : {"PreVoteResponse"}, from : Node, to : Node, term : Nat, voteGranted : BOOLEAN]
    \cup [type : {"AppendEntries"}, from : Node, to : Node, term : Nat]
    \cup [type : {"AppendEntriesResponse"}, from : Node, to : Node, term : Nat, success : BOOLEAN]

TypeOK ==
    /\ currentTerm \in [Node -> Nat]
    /\ votedFor \in [Node -> Node \cup {None}]
    /\ state \in [Node -> States]
    /\ votesGranted \in [Node -> SUBSET Node]
    /\ leader \in [Node -> Node \cup {None}]
    /\ up \in [Node -> BOOLEAN]
    /\ msgs \subseteq Messages
    /\ crashes \in 0..MaxCrashes
    /\ early \in 0..MaxEarly
    /\ elected \subseteq Nat \X Node

First == CHOOSE f \in Node : \A n \in Node : f <= n

Init ==
    /\ IF Boot = "together"
       THEN /\ currentTerm = [n \in Node |-> 0]
            /\ votedFor = [n \in Node |-> None]
            /\ state = [n \in Node |-> "Idle"]
            /\ votesGranted = [n \in Node |-> {}]
            /\ leader = [n \in Node |-> None]
            /\ msgs = {}
            /\ elected = {}
       ELSE /\ currentTerm = [n \in Node |-> 1]
            /\ votedFor = [n \in Node |-> First]
            /\ state = [n \in Node |-> IF n = First THEN "Leader" ELSE "Follower"]
            /\ votesGranted = [n \in Node |-> IF n = First THEN Node ELSE {}]
            /\ leader = [n \in Node |-> First]
            /\ msgs = {RequestVote(First, d, 1) : d \in Node \ {First}}
                      \cup {RequestVoteResponse(d, First, 1, TRUE) : d \in Node \ {First}}
                      \cup {AppendEntries(First, d, 1) : d \in Node \ {First}}
            /\ elected = {<<1, First>>}
    /\ up = [n \in Node |-> TRUE]
    /\ crashes = 0
    /\ early = 0

\* Every node starts at tick 0 in the simulator, before any message, timeout or fault.
Started == \A n \in Node : state[n] # "Idle"

\* n's variables as they are.
Current(n) ==
    [term |-> currentTerm[n], vf |-> votedFor[n], st |-> state[n], ld |-> leader[n], vg |-> votesGranted[n]]

\* n's variables after it sees term t: a newer term makes it a follower of t that has not voted
\* (a broken leader of mutant "ignore-higher-term" keeps its term).
Observe(n, t) ==
    IF t > currentTerm[n] /\ ~(state[n] = "Leader" /\ Mutant = "ignore-higher-term")
    THEN [term |-> t, vf |-> None, st |-> "Follower", ld |-> None, vg |-> {}]
    ELSE Current(n)

\* Sets n's five variables from record o (as Observe returns it).
Become(n, o) ==
    /\ currentTerm' = [currentTerm EXCEPT ![n] = o.term]
    /\ votedFor' = [votedFor EXCEPT ![n] = o.vf]
    /\ state' = [state EXCEPT ![n] = o.st]
    /\ leader' = [leader EXCEPT ![n] = o.ld]
    /\ votesGranted' = [votesGranted EXCEPT ![n] = o.vg]

Heartbeats(n, t) == {AppendEntries(n, d, t) : d \in Node \ {n}}

\* The synchrony oracle: no leader is up, n's log is at least as up-to-date as every live node's
\* (so n's campaign can win), and while an eligible node campaigns (a PreCandidate or Candidate),
\* only the one ahead of all others (the higher term, the lower id on a tie) times out: it stands
\* for the node whose randomized timer fires well before the others', so one campaign runs at a time.
Eligible(n) == \A m \in Node : up[m] => LogOk(LastLog[n], LastLog[m])
Campaigning(n) == state[n] \in {"PreCandidate", "Candidate"}
Ahead(m, n) == currentTerm[m] > currentTerm[n] \/ (currentTerm[m] = currentTerm[n] /\ m < n)
Sync(n) ==
    /\ ~\E m \in Node : up[m] /\ state[m] = "Leader"
    /\ \A m \in Node \ {n} : up[m] /\ Campaigning(m) /\ Eligible(m) => Campaigning(n) /\ Ahead(n, m)
    /\ Eligible(n)

(***************************************************************************)
(* Node actions, in the order of Raft.java.                                 *)
(***************************************************************************)

Start(n) ==
    /\ state[n] = "Idle"
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ UNCHANGED <<currentTerm, votedFor, votesGranted, leader, up, msgs, crashes, early, elected>>

\* currentTerm and votedFor are durable; mutant "forget-vote" loses votedFor.
Restart(n) ==
    /\ ~up[n]
    /\ up' = [up EXCEPT ![n] = TRUE]
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ votedFor' = IF Mutant = "forget-vote" THEN [votedFor EXCEPT ![n] = None] ELSE votedFor
    /\ UNCHANGED <<currentTerm, votesGranted, leader, msgs, crashes, early, elected>>

\* Campaign in the next term, voting for oneself (Raft.java's startElection).
Campaign(n) ==
    LET t == currentTerm[n] + 1
        wins == Quorum = 1
    IN /\ Become(n, [term |-> t, vf |-> n, st |-> IF wins THEN "Leader" ELSE "Candidate",
                      ld |-> IF wins THEN n ELSE None, vg |-> {n}])
       /\ msgs' = msgs \cup {RequestVote(n, d, t) : d \in Node \ {n}}
                       \cup (IF wins THEN Heartbeats(n, t) ELSE {})
       /\ elected' = IF wins THEN elected \cup {<<t, n>>} ELSE elected

\* The election timer: campaign in the next term or, with PreVote, first ask for pre-votes for it.
Timeout(n) ==
    /\ Started /\ up[n] /\ state[n] \in {"Follower", "PreCandidate", "Candidate"}
    /\ currentTerm[n] < MaxTerm
    /\ Sync(n) \/ early < MaxEarly
    /\ early' = IF Sync(n) THEN early ELSE early + 1
    /\ IF PreVote /\ Quorum > 1
       THEN /\ Become(n, [Current(n) EXCEPT !.st = "PreCandidate", !.ld = None, !.vg = {n}])
            /\ msgs' = msgs \cup {PreVoteRequest(n, d, currentTerm[n] + 1) : d \in Node \ {n}}
            /\ UNCHANGED elected
       ELSE Campaign(n)
    /\ UNCHANGED <<up, crashes>>

\* n follows a live leader of its term: in a period of synchrony its heartbeats keep n's lease.
Follows(n) ==
    /\ leader[n] # None /\ up[leader[n]] /\ state[leader[n]] = "Leader"
    /\ currentTerm[leader[n]] = currentTerm[n]

\* Whether n may be in its lease at a receipt: a leader always is (Raft.java's inLease); anyone
\* else is in its lease when it follows a live leader of its term, as in a period of synchrony;
\* the other answer (lost heartbeats, a crash a moment ago, a skewed clock) is an early event.
Leases(n) ==
    IF state[n] = "Leader" THEN {TRUE}
    ELSE IF early < MaxEarly THEN BOOLEAN ELSE {Follows(n)}
EarlyAfter(n, lease) == IF state[n] # "Leader" /\ lease # Follows(n) THEN early + 1 ELSE early

Delivered(n, m, type) == Started /\ m \in msgs /\ m.to = n /\ m.type = type /\ up[n]

\* With CheckQuorum, a follower in its lease refuses a higher term's campaign and keeps its own.
ReceiveRequestVote(n, m) ==
    /\ Delivered(n, m, "RequestVote")
    /\ \E lease \in IF CheckQuorum /\ m.term > currentTerm[n] /\ state[n] # "Leader"
                     THEN Leases(n) ELSE {FALSE} :
        IF lease
        THEN /\ msgs' = msgs \cup {RequestVoteResponse(n, m.from, currentTerm[n], FALSE)}
             /\ early' = EarlyAfter(n, lease)
             /\ UNCHANGED <<currentTerm, votedFor, state, votesGranted, leader>>
        ELSE LET o == Observe(n, m.term)
                 logOk == LogOk(<<m.lastLogTerm, m.lastLogIndex>>, LastLog[n]) \/ Mutant = "ignore-log"
                 free == o.vf = None \/ o.vf = m.from \/ Mutant = "grant-any-vote"
                 grant == m.term = o.term /\ o.st # "Leader" /\ free /\ logOk
             IN /\ Become(n, [o EXCEPT !.vf = IF grant THEN m.from ELSE o.vf])
                /\ msgs' = msgs \cup {RequestVoteResponse(n, m.from, o.term, grant)}
                /\ early' = IF CheckQuorum /\ m.term > currentTerm[n] /\ state[n] # "Leader"
                            THEN EarlyAfter(n, lease) ELSE early
    /\ UNCHANGED <<up, crashes, elected>>

\* PreVote: would n vote for m.from in m.term?  Yes if that term is newer than n's, the log is
\* up to date and n is not in a leader's lease; n itself changes nothing.
ReceivePreVote(n, m) ==
    /\ Delivered(n, m, "PreVote")
    /\ \E lease \in Leases(n) :
        LET logOk == LogOk(<<m.lastLogTerm, m.lastLogIndex>>, LastLog[n])
            grant == m.term > currentTerm[n] /\ logOk /\ ~lease
        IN /\ msgs' = msgs \cup {PreVoteResponse(n, m.from, IF grant THEN m.term ELSE currentTerm[n], grant)}
           /\ early' = EarlyAfter(n, lease)
    /\ UNCHANGED <<currentTerm, votedFor, state, votesGranted, leader, up, crashes, elected>>

\* A granted pre-vote for the term n's pre-candidacy asks about.
PreCounted(n, m) == state[n] = "PreCandidate" /\ m.voteGranted /\ m.term = currentTerm[n] + 1

\* A refusal carries the refuser's term, which n observes; a grant is counted.
ReceivePreVoteResponse(n, m) ==
    /\ Delivered(n, m, "PreVoteResponse")
    /\ ~(PreCounted(n, m) /\ Cardinality(votesGranted[n] \cup {m.from}) >= Quorum)
    /\ Become(n, IF m.voteGranted
                 THEN [Current(n) EXCEPT !.vg = IF PreCounted(n, m) THEN @ \cup {m.from} ELSE @]
                 ELSE Observe(n, m.term))
    /\ UNCHANGED <<up, msgs, crashes, early, elected>>

\* The pre-vote that completes a majority: n campaigns.
StartElection(n, m) ==
    /\ Delivered(n, m, "PreVoteResponse")
    /\ PreCounted(n, m) /\ Cardinality(votesGranted[n] \cup {m.from}) >= Quorum
    /\ Campaign(n)
    /\ UNCHANGED <<up, crashes, early>>

\* A granted vote of n's current campaign.
Counted(n, m, o) == o.st = "Candidate" /\ m.term = o.term /\ m.voteGranted

ReceiveVoteResponse(n, m) ==
    /\ Delivered(n, m, "RequestVoteResponse")
    /\ LET o == Observe(n, m.term)
       IN /\ ~(Counted(n, m, o) /\ Cardinality(o.vg \cup {m.from}) >= Quorum)
          /\ Become(n, [o EXCEPT !.vg = IF Counted(n, m, o) THEN o.vg \cup {m.from} ELSE o.vg])
    /\ UNCHANGED <<up, msgs, crashes, early, elected>>

\* The vote that completes a majority: n leads its term and sends its first heartbeats.
BecomeLeader(n, m) ==
    /\ Delivered(n, m, "RequestVoteResponse")
    /\ LET o == Observe(n, m.term)
       IN /\ Counted(n, m, o) /\ Cardinality(o.vg \cup {m.from}) >= Quorum
          /\ Become(n, [o EXCEPT !.vg = o.vg \cup {m.from}, !.st = "Leader", !.ld = n])
          /\ msgs' = msgs \cup Heartbeats(n, o.term)
          /\ elected' = elected \cup {<<o.term, n>>}
    /\ UNCHANGED <<up, crashes, early>>

\* A heartbeat of the current term makes n its leader's follower; a stale one (or one to a
\* leader) is refused with n's term, which makes a stale leader step down.
ReceiveAppendEntries(n, m) ==
    /\ Delivered(n, m, "AppendEntries")
    /\ LET o == Observe(n, m.term)
           refuse == m.term < o.term \/ o.st = "Leader"
       IN /\ Become(n, IF refuse THEN o ELSE [o EXCEPT !.st = "Follower", !.vg = {}, !.ld = m.from])
          \* An accepting reply carries the leader's own term and changes nothing when it arrives,
          \* so only refusals are kept (TraceRaft maps receipts of accepting replies to stutters).
          /\ msgs' = IF refuse THEN msgs \cup {AppendEntriesResponse(n, m.from, o.term, FALSE)} ELSE msgs
    /\ UNCHANGED <<up, crashes, early, elected>>

ReceiveAppendResponse(n, m) ==
    /\ Delivered(n, m, "AppendEntriesResponse")
    /\ Become(n, Observe(n, m.term))
    /\ UNCHANGED <<up, msgs, crashes, early, elected>>

SendHeartbeat(n) ==
    /\ up[n] /\ state[n] = "Leader"
    /\ msgs' = msgs \cup Heartbeats(n, currentTerm[n])
    /\ UNCHANGED <<currentTerm, votedFor, state, votesGranted, leader, up, crashes, early, elected>>

\* CheckQuorum's periodic check: a majority answered the leader since the last one, so it stays.
QuorumHeard(n) ==
    /\ CheckQuorum /\ up[n] /\ state[n] = "Leader"
    /\ UNCHANGED vars

\* CheckQuorum's periodic check: no majority answered (lost or slow replies, or a majority down).
StepDown(n) ==
    /\ CheckQuorum /\ up[n] /\ state[n] = "Leader"
    /\ LET minority == Cardinality({m \in Node : up[m]}) < Quorum
       IN /\ minority \/ early < MaxEarly
          /\ early' = IF minority THEN early ELSE early + 1
    /\ state' = [state EXCEPT ![n] = "Follower"]
    /\ leader' = [leader EXCEPT ![n] = None]
    /\ UNCHANGED <<currentTerm, votedFor, votesGranted, up, msgs, crashes, elected>>

(***************************************************************************)
(* Faults.                                                                  *)
(***************************************************************************)

\* Volatile state is gone; currentTerm and votedFor stay (they are on disk).
Crash(n) ==
    /\ Started /\ up[n]
    /\ crashes < MaxCrashes
    /\ up' = [up EXCEPT ![n] = FALSE]
    /\ state' = [state EXCEPT ![n] = "Down"]
    /\ leader' = [leader EXCEPT ![n] = None]
    /\ votesGranted' = [votesGranted EXCEPT ![n] = {}]
    /\ crashes' = crashes + 1
    /\ UNCHANGED <<currentTerm, votedFor, msgs, early, elected>>

\* The network loses one copy of m, or delivers one more: msgs already allows both.
Lose(m) == m \in msgs /\ UNCHANGED vars
Duplicate(m) == m \in msgs /\ UNCHANGED vars

Receive(n, m) ==
    \/ ReceiveRequestVote(n, m)
    \/ ReceiveVoteResponse(n, m)
    \/ BecomeLeader(n, m)
    \/ ReceiveAppendEntries(n, m)
    \/ ReceiveAppendResponse(n, m)
    \/ ReceivePreVote(n, m)
    \/ ReceivePreVoteResponse(n, m)
    \/ StartElection(n, m)

Next ==
    \/ \E n \in Node : \/ Start(n) \/ Restart(n) \/ Crash(n) \/ Timeout(n) \/ SendHeartbeat(n)
                      \/ QuorumHeard(n) \/ StepDown(n)
    \/ \E m \in msgs : Receive(m.to, m)

(* Fairness, the period of synchrony: every node starts; a timeout the       *)
(* oracle allows eventually fires; every message that would change its      *)
(* receiver is eventually delivered; a leader sends heartbeats.  Receipts   *)
(* that change nothing are stuttering steps, so per-node fairness suffices. *)
(* Crash, Restart and early timeouts are not fair, and there are finitely   *)
(* many of them (MaxCrashes, MaxEarly).                                      *)
Fairness ==
    \A n \in Node :
        /\ WF_vars(Start(n))
        /\ WF_vars(Sync(n) /\ Timeout(n))
        /\ WF_vars(\E m \in msgs : m.to = n /\ Receive(n, m))
        /\ WF_vars(SendHeartbeat(n))

Spec == Init /\ [][Next]_vars /\ Fairness

\* A response whose receiver's term has passed the response's: its receipt changes nothing and
\* sends nothing, now or later (terms only grow), so states that differ only in such messages
\* have the same futures.  View, the models' VIEW for safety, leaves them out.
Dead(m) ==
    \/ m.type = "RequestVoteResponse" /\ m.term < currentTerm[m.to]
    \/ m.type \in {"PreVoteResponse", "AppendEntriesResponse"} /\ m.term <= currentTerm[m.to]
View == <<currentTerm, votedFor, state, votesGranted, leader, up, {m \in msgs : ~Dead(m)},
          crashes, early, elected>>

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* At most one leader per term, ever (Election Safety).
Uniqueness == \A a, b \in elected : a[1] = b[1] => a[2] = b[2]

\* The election restriction: every leader's log is at least as up-to-date as a majority's.
UpToDate ==
    \A e \in elected : Cardinality({q \in Node : LogOk(LastLog[e[2]], LastLog[q])}) >= Quorum

Settled(l) == up[l] /\ state[l] = "Leader" /\ \A n \in Node : up[n] => leader[n] = l

\* After the (finitely many) faults and early timeouts, one leader is known to every live node, for good.
Termination == <>[](\E l \in Node : Settled(l))

(***************************************************************************)
(* An inductive invariant for Uniqueness (Election Safety) in plain Raft   *)
(* (Mutant "none", no PreVote, no CheckQuorum).  msgs only grows, so a     *)
(* message is a durable record of what its sender did: a granted           *)
(* RequestVoteResponse is a vote, a RequestVote is its sender's own vote   *)
(* in its campaign.  A voter votes for one node per term; every leader     *)
(* had votes of a majority in its term; two majorities meet, so a term     *)
(* has one leader.  MCRaft3Ind checks that every state of IndInv steps     *)
(* only to states of IndInv (its header gives the domain).                 *)
(***************************************************************************)

Granted(m) == m.type = "RequestVoteResponse" /\ m.voteGranted

\* c campaigned in term t (Campaign sends RequestVote to every other node at once).
Campaigned(c, t) == \E d \in Node \ {c} : RequestVote(c, d, t) \in msgs

\* v voted for c in term t: c itself by campaigning, anyone else by a granted response.
Voted(v, c, t) == IF v = c THEN Campaigned(c, t) ELSE RequestVoteResponse(v, c, t, TRUE) \in msgs

IndInv ==
    \* a node is down exactly when it is not up
    /\ \A n \in Node : up[n] <=> state[n] # "Down"
    \* a node's vote on disk was cast, in its current term
    /\ \A n \in Node : votedFor[n] # None => Voted(n, votedFor[n], currentTerm[n])
    \* a candidate or leader voted for itself in its term; a leader is recorded and holds a majority
    /\ \A n \in Node : state[n] \in {"Candidate", "Leader"} =>
            /\ votedFor[n] = n /\ n \in votesGranted[n]
            /\ state[n] = "Leader" => <<currentTerm[n], n>> \in elected /\ Cardinality(votesGranted[n]) >= Quorum
    \* only candidates and leaders count votes, and each counted vote was cast for them in their term
    /\ \A n \in Node : state[n] \in {"Follower", "Down"} => votesGranted[n] = {}
    /\ \A c \in Node : \A v \in votesGranted[c] : Voted(v, c, currentTerm[c])
    \* a campaign reached every other node, and its candidate's term is at least the campaign's
    \* (in that term, it voted for itself)
    /\ \A m \in msgs : m.type = "RequestVote" =>
            /\ \A d \in Node \ {m.from} : RequestVote(m.from, d, m.term) \in msgs
            /\ currentTerm[m.from] >= m.term
            /\ currentTerm[m.from] = m.term => votedFor[m.from] = m.from
    \* a vote's voter is at least in the vote's term and, in that term, still votes for its candidate
    /\ \A m \in msgs : Granted(m) =>
            /\ currentTerm[m.from] >= m.term
            /\ currentTerm[m.from] = m.term => votedFor[m.from] = m.to
            \* a candidate votes for no one else in the term of its campaign
            /\ ~Campaigned(m.from, m.term)
    \* one vote per voter and term
    /\ \A m1, m2 \in msgs : Granted(m1) /\ Granted(m2) /\ m1.from = m2.from /\ m1.term = m2.term => m1.to = m2.to
    \* every leader had the votes of a majority in its term
    /\ \A e \in elected : Cardinality({v \in Node : Voted(v, e[2], e[1])}) >= Quorum

(***************************************************************************)
(* Witnesses: states a passing model must reach, so that its properties    *)
(* have met the dangerous situations.  Each is a state predicate; the      *)
(* build checks that some reachable state satisfies it.                    *)
(***************************************************************************)

Leads(n) == up[n] /\ state[n] = "Leader"

\* Two live nodes campaign at once (Candidates, or with PreVote PreCandidates), of the same or
\* different terms.
WitnessRivals ==
    \E a, b \in Node : a # b /\ up[a] /\ up[b] /\ Campaigning(a) /\ Campaigning(b)

\* Two live Candidates of the same term (each voted for itself): a split vote in the making.
WitnessSameTermRivals ==
    \E a, b \in Node : /\ a # b /\ up[a] /\ up[b]
                      /\ state[a] = "Candidate" /\ state[b] = "Candidate"
                      /\ currentTerm[a] = currentTerm[b]

\* A split vote: a term that no one can win any more.  Every node (live or not) is in term t and
\* has voted in it, no node holds a majority of those votes, and two live Candidates remain.
WitnessSplitVote ==
    \E t \in Terms :
        /\ \A n \in Node : currentTerm[n] = t /\ votedFor[n] # None
        /\ \A c \in Node : Cardinality({n \in Node : votedFor[n] = c}) < Quorum
        /\ \E a, b \in Node : a # b /\ up[a] /\ up[b]
                            /\ state[a] = "Candidate" /\ state[b] = "Candidate"

\* A leader of term t no longer leads (it crashed, stepped down or saw a newer term) and a
\* different node leads a later term.
WitnessFailover ==
    \E a, b \in elected :
        /\ a[1] < b[1] /\ a[2] # b[2]
        /\ ~(Leads(a[2]) /\ currentTerm[a[2]] = a[1])
        /\ Leads(b[2]) /\ currentTerm[b[2]] = b[1]

\* Every node that crashed is up again and every node has a vote on disk (votedFor # None).  In
\* the models that start from a settled term 1, every node voted (for node 1) before any crash, so
\* the restarted node restarted after voting; at most MaxCrashes crashes, so crashes > 0 says one
\* happened.
WitnessRestart ==
    crashes > 0 /\ \A n \in Node : up[n] /\ votedFor[n] # None

\* A stale leader: a live leader of an older term beside a live leader of a newer one.
WitnessStale ==
    \E a, b \in Node : Leads(a) /\ Leads(b) /\ currentTerm[a] < currentTerm[b]

\* The log check binds: a RequestVote reaches a live node that would grant it but for the log
\* (its term is current there, the voter is free and not a leader, and no lease stands in the
\* way: plain Raft, or a term the voter already has).
WitnessLogRefusal ==
    \E m \in msgs :
        LET n == m.to
            o == Observe(n, m.term)
        IN /\ m.type = "RequestVote" /\ up[n] /\ state[n] # "Idle"
           /\ m.term = o.term /\ o.st # "Leader" /\ (o.vf = None \/ o.vf = m.from)
           /\ (~CheckQuorum \/ m.term = currentTerm[n])
           /\ ~LogOk(<<m.lastLogTerm, m.lastLogIndex>>, LastLog[n])

(***************************************************************************)
(* Refinement of the abstract election (Election.tla).  lead is the        *)
(* <<currentTerm, node>> of every live node in state Leader (Raft.java     *)
(* reports currentTerm as its term), elected is the history of             *)
(* BecomeLeader.  Raft's leaders are not exclusive in time: a stale leader *)
(* of an older term may live beside a newer one.                          *)
(***************************************************************************)
Lead == {<<currentTerm[n], n>> : n \in {m \in Node : Leads(m)}}
Abstract == INSTANCE Election WITH Exclusive <- FALSE, lead <- Lead, elected <- elected
RefinesElection == Abstract!Spec
=============================================================================
