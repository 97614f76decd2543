---- MODULE MCRaft3Ind ----
(* Inductiveness of Raft.tla's IndInv (Election Safety, plain Raft), at N = 3: every state of the
   domain below that satisfies TypeOK /\ IndInv steps, by one step of Next, only to states of IndInv,
   and IndInv implies Uniqueness there (IndUnique).  IndNext allows a step only from the initial
   states (TLCGet("level") = 1), so TLC checks the invariants on their successors and expands no
   further; CHECK_DEADLOCK FALSE.
   The domain (IndInit): currentTerm <= DomainTerm (2); states Follower, Candidate, Leader; every
   RequestVote and granted RequestVoteResponse of terms 1 and 2 that IndInv allows (built from what
   each node did in each term: nothing, campaigned, or voted for another node); votesGranted any
   subset of the votes cast for the node; elected any subset of the pairs that had a majority;
   leader None, crashes 0 (MaxCrashes 1), early 0 (MaxEarly 1), MaxTerm 3, equal logs.
   Why that suffices:
   - equal logs: LogOk always holds, so every vote that some logs allow is allowed;
   - leader is read by no action of plain Raft, and counters at 0 leave Crash and every Timeout
     enabled (larger values only disable steps);
   - no node Down: IndInv treats a Down node as a Follower of the same terms and votes (votesGranted
     empty) except for up; a Down node takes no step but Restart, which leads to that Follower state,
     and every step of the others is a step of the state with the Follower instead, to a successor
     that differs in the same way (IndInv does not tell them apart).  Crash is checked from every
     live state;
   - no AppendEntries, AppendEntriesResponse or refused RequestVoteResponse: IndInv does not read
     them, and a step receives at most one message, so checking a state with none of them covers
     every step but their own receipts; those only raise the receiver's currentTerm (with votedFor
     None and votesGranted empty) or make a Candidate a Follower of its term (votesGranted empty), so
     every clause of IndInv about that node still holds (its RequestVotes and votes are of terms at
     most its old currentTerm), by hand, not by TLC;
   - no PreVote messages or PreCandidates: plain Raft has none; no Idle node: Start only.
   Non-vacuity: MCRaft3Ind_Weak (initial states filtered by TypeOK /\ Uniqueness only, votes counted
   and leaders elected without votes) and MCRaft3Ind_GrantAnyVote (a voter votes twice in a term) are
   rejected after one step.  With Strength "weak" and DomainTerm 1 this module is those models. *)
EXTENDS Raft, TLC
CONSTANTS
    DomainTerm,  \* the highest currentTerm of the domain: 1 or 2
    Strength     \* "ind": the initial states are IndInv's; "weak": only TypeOK and Uniqueness
ASSUME DomainTerm \in {1, 2} /\ Strength \in {"ind", "weak"}
MCLog == [n \in Node |-> <<0, 0>>]
NodeTerms == 0..DomainTerm
VoteTerms == 1..2
NodeStates == {"Follower", "Candidate", "Leader"}
Campaigner(n) == state[n] \in {"Candidate", "Leader"}

\* What v did in term t, by what its state allows: nothing, campaigned (v), or voted for another
\* node.  A node below term t did nothing in it; in its own term, what votedFor says.
Did(v, t) ==
    IF currentTerm[v] < t THEN {None}
    ELSE IF currentTerm[v] = t THEN {votedFor[v]}
    ELSE {None} \cup Node

\* The RequestVotes and granted responses of the history w (a function from <<node, term>> to Did).
History(w) ==
    UNION {{RequestVote(p[1], d, p[2]) : d \in Node \ {p[1]}} : p \in {q \in DOMAIN w : w[q] = q[1]}}
    \cup {RequestVoteResponse(p[1], w[p], p[2], TRUE) : p \in {q \in DOMAIN w : w[q] \notin {None, q[1]}}}

\* The votes candidate n may have counted in its term.
Counts(n) ==
    IF Campaigner(n)
    THEN {g \in SUBSET Node : n \in g /\ (Strength = "weak" \/ \A v \in g : Voted(v, n, currentTerm[n]))}
    ELSE {{}}

Electable == {e \in VoteTerms \X Node : Cardinality({v \in Node : Voted(v, e[2], e[1])}) >= Quorum}

IndInit ==
    /\ currentTerm \in [Node -> NodeTerms]
    /\ state \in [Node -> NodeStates]
    /\ \A n \in Node : Campaigner(n) => currentTerm[n] >= 1
    /\ up = [n \in Node |-> state[n] # "Down"]
    /\ votedFor \in [Node -> Node \cup {None}]
    /\ \A n \in Node : /\ Campaigner(n) => votedFor[n] = n
                       /\ currentTerm[n] = 0 => votedFor[n] = None
    /\ leader = [n \in Node |-> None]
    /\ crashes = 0
    /\ early = 0
    /\ \E w11 \in Did(1, 1), w12 \in Did(1, 2), w21 \in Did(2, 1), w22 \in Did(2, 2),
          w31 \in Did(3, 1), w32 \in Did(3, 2) :
        msgs = History([p \in Node \X VoteTerms |->
                          CASE p = <<1, 1>> -> w11 [] p = <<1, 2>> -> w12 [] p = <<2, 1>> -> w21
                            [] p = <<2, 2>> -> w22 [] p = <<3, 1>> -> w31 [] p = <<3, 2>> -> w32])
    /\ \E g1 \in Counts(1), g2 \in Counts(2), g3 \in Counts(3) :
        votesGranted = (1 :> g1) @@ (2 :> g2) @@ (3 :> g3)
    /\ elected \in SUBSET (IF Strength = "weak" THEN VoteTerms \X Node ELSE Electable)
    /\ \A n \in Node : state[n] = "Leader" => <<currentTerm[n], n>> \in elected
    /\ TypeOK
    /\ IF Strength = "weak" THEN Uniqueness ELSE IndInv

\* One step of Next from the initial states (level 1); their successors are checked, not expanded.
IndNext == TLCGet("level") = 1 /\ Next

IndUnique == IndInv => Uniqueness
====
