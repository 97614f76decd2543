------------------------------ MODULE RingBase ------------------------------
(***************************************************************************)
(* What LeLann.tla and ChangRoberts.tla share: the unidirectional ring of  *)
(* impl/src/main/java/dev/electorate/impl/ring/RingNode.java, with epochs, *)
(* acknowledged hops that route round a crashed successor, the leader's    *)
(* ALIVE token, and the refinements docs/algorithms.md lists (late         *)
(* entrants and lower leaders start a newer epoch, an ACK from a skipped    *)
(* node routes through it again, a newer bid whose route skips the leader  *)
(* a node follows starts a newer epoch, an ACK names the hop it answers    *)
(* and clears the older ones). The per-node variables are the ones the     *)
(* Java node records (state, leader, epoch, next, and LeLann's seen); the  *)
(* actions have the names it records. The constant Variant says what an   *)
(* ELECTION does ("lelann" or "chang-roberts"); the two modules that       *)
(* extend this one fix it.                                                 *)
(*                                                                         *)
(* Assumptions, made explicit:                                              *)
(*  - Members are the sequence Ring in ring order, ids distinct positive.  *)
(*  - Links are reliable FIFO channels, one sequence per ordered pair of    *)
(*    nodes, as in the simulator. The only message loss is a message        *)
(*    reaching a down node (Lose); one still in flight when its receiver    *)
(*    restarts is delivered to the new incarnation.                         *)
(*  - Crash-recovery: a crash loses everything but the epoch, which the     *)
(*    Java node persists; Restart brings up a fresh incarnation.            *)
(*  - Synchrony. Java turns "no acknowledgement within 2D+1 ticks" into    *)
(*    "the successor crashed" and "no sign of a leader for a whole          *)
(*    election" into "start a new one". This module has no clocks; it       *)
(*    states the same assumption as failure-detector oracles:               *)
(*    AckTimeout(n) is enabled only once a ring message n is still waiting  *)
(*    for reached next[n] while it was down, so its ACK can no longer come. *)
(*    LeaderTimeout(n) is never enabled for a follower whose   *)
(*    leader is up and leads n's epoch (its tokens keep coming) nor for a   *)
(*    leader; otherwise it is enabled once the ring is calm (no ELECTION,   *)
(*    ELECTED in flight, and every hop still waiting for its ACK            *)
(*    is on its way or acknowledged: no election is running that could      *)
(*    still reach n) and, before that, early, while epoch[n] < MaxEpoch.    *)
(*    Early timeouts stand for Java timers that expire while a chain of    *)
(*    faults keeps an election running longer than the timeout; they only   *)
(*    start a newer election, which is safe, and MaxEpoch keeps them        *)
(*    finite so that Termination can hold. Trace validation sets MaxEpoch   *)
(*    high: there any non-served, non-leading node may time out. (Safe with *)
(*    one crash; with two, an early timeout of a node whose leader-to-be's  *)
(*    announcement is on its way home makes two leaders: MCChangRoberts3-   *)
(*    FreeTwoCrashesTimed and docs/algorithms.md. Java's timers exclude it.) *)
(*                                                                         *)
(* No inductive invariant.  Uniqueness here rests on FIFO links: a one-   *)
(* step check must start from every state of a candidate IndInv over a     *)
(* domain of channels, and a meaningful one is past TLC.  At N = 3 a ring  *)
(* message is a type (3) with an epoch (up to 3), an id (3), a hop number  *)
(* (up to 3) and an incarnation (2): 162, and 18 ACKs; a link holding at   *)
(* most 2 of these 180 has 1 + 180 + 180^2 = 32,581 contents, and routes   *)
(* round a crashed node use all 6 ordered links: 32,581^6, about 10^27.    *)
(* Cut to 4 messages, a link has 1 + 4 + 16 = 21 contents and the links    *)
(* 21^6 = 85,766,121, before the nodes: state (5), leader (4), epoch (3),  *)
(* next (3), seen (8 for LeLann), sent (4), an unacked sequence (21), lost *)
(* (3) and incarnation (2) make 725,760 per node, about 3.8 * 10^17 for    *)
(* three; the one-step checks here enumerate under 1,000,000 candidate    *)
(* states each.                                                            *)
(*                                                                         *)
(* Every message carries its sender's incarnation (inc), a ghost field the *)
(* Java messages do not have, so a loss can be traced to its sender.        *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Ring,        \* the members in ring order: a sequence of distinct positive ids
    Variant,     \* "lelann" or "chang-roberts"
    Mutant,      \* "none" or the name of one of the algorithm's mutants; the two shared ones
                 \* undo docs/algorithms.md's ring refinements: "no-refinements-6-7" (the winner
                 \* takes office when its bid comes home; a stale announcement straight from its
                 \* owner is dropped) and "no-refinement-8" (a newer bid round the leader is joined)
    MaxCrashes,  \* how many Crash steps a behaviour may take, so faults end
    Crashable,   \* the nodes that may crash (all of them, except in larger models)
    MaxEpoch,    \* early LeaderTimeouts only below this epoch (see above)
    MaxChan,     \* SendAlive sends a token only while the link holds fewer messages
    Boot         \* "together": every node starts, as in the simulator; "settled": the
                 \* highest id already leads epoch 1, so larger models can afford faults

VARIABLES
    state,     \* state[n]: "Idle" (before Start), "Candidate", "Leader", "Follower", "Down"
    leader,    \* leader[n]: the id n believes leads, 0 for none
    epoch,     \* epoch[n]: the election n is in (persisted: survives a crash)
    next,      \* next[n]: where n sends ring messages
    seen,      \* seen[n]: LeLann's ids collected in the current epoch ({n} for Chang-Roberts)
    sent,      \* sent[n]: ring messages n sent in its epoch; the next one is numbered sent[n] + 1
    unacked,   \* unacked[n]: ring messages sent to next[n], not yet acknowledged, oldest first
    lost,      \* lost[n]: the highest seq of a lost message of unacked[n], 0 for none (AckTimeout's oracle)
    up,        \* up[n]: n is running
    inc,       \* inc[n]: n's incarnation (ghost)
    chan,      \* chan[<<a, b>>]: the messages in flight from a to b, oldest first
    crashes    \* Crash steps taken so far

vars == <<state, leader, epoch, next, seen, sent, unacked, lost, up, inc, chan, crashes>>

ASSUME Variant \in {"lelann", "chang-roberts"}
ASSUME Boot \in {"together", "settled"}
ASSUME MaxCrashes \in Nat /\ MaxEpoch \in Nat /\ MaxChan \in Nat

Node == {Ring[i] : i \in DOMAIN Ring}
N == Len(Ring)
ASSUME Cardinality(Node) = N /\ \A n \in Node : n \in Nat \ {0}
ASSUME MaxCrashes < N /\ Crashable \subseteq Node   \* someone is always up

\* Constant functions, so TLC computes them once.
SuccF == [n \in Node |-> Ring[((CHOOSE i \in DOMAIN Ring : Ring[i] = n) % N) + 1]]
Succ(n) == SuccF[n]
Max(S) == CHOOSE x \in S : \A y \in S : y <= x
Top == Max(Node)
Links == Node \X Node
RingTypes == {"Election", "Elected", "Alive"}
Types == RingTypes \cup {"Ack"}

\* All messages are records with the same fields. Election, Elected and Alive carry (epoch, id)
\* and seq, the hop's number (Send sets it); Ack carries the epoch and seq of the message it
\* acknowledges (id 0). inc is the sender's incarnation.
Msg(t, e, i) == [type |-> t, epoch |-> e, id |-> i, seq |-> 0, inc |-> 0]

\* The ids strictly between a and nx going round the ring; every other id when nx = a.
RECURSIVE Between(_, _)
Between(a, nx) == IF Succ(a) = nx \/ Succ(a) = a THEN {} ELSE {Succ(a)} \cup Between(Succ(a), nx)
BetweenF == [p \in Node \X Node |-> Between(p[1], p[2])]
\* Java's skips(id): id lies after n and before next on the ring (any other id when n is alone).
Skips(n, nx, id) == id \in BetweenF[<<n, nx>>]

TypeOK ==
    /\ state \in [Node -> {"Idle", "Candidate", "Leader", "Follower", "Down"}]
    /\ leader \in [Node -> Node \cup {0}]
    /\ epoch \in [Node -> Nat]
    /\ next \in [Node -> Node]
    /\ seen \in [Node -> SUBSET Node]
    /\ sent \in [Node -> Nat]
    /\ \A n \in Node : \A i \in DOMAIN unacked[n] : unacked[n][i].type \in RingTypes
    /\ lost \in [Node -> Nat]
    /\ up \in [Node -> BOOLEAN]
    /\ inc \in [Node -> Nat]
    /\ DOMAIN chan = Links
    /\ \A k \in Links : \A i \in DOMAIN chan[k] : chan[k][i].type \in Types
    /\ crashes \in 0..MaxCrashes
    /\ \A n \in Node : state[n] = "Down" <=> ~up[n]

Init ==
    /\ IF Boot = "together"
       THEN /\ state = [n \in Node |-> "Idle"]
            /\ leader = [n \in Node |-> 0]
            /\ epoch = [n \in Node |-> 0]
            /\ seen = [n \in Node |-> {n}]
       ELSE /\ state = [n \in Node |-> IF n = Top THEN "Leader" ELSE "Follower"]
            /\ leader = [n \in Node |-> Top]
            /\ epoch = [n \in Node |-> 1]
            /\ seen = [n \in Node |-> IF Variant = "lelann" THEN Node ELSE {n}]
    /\ next = [n \in Node |-> Succ(n)]
    /\ sent = [n \in Node |-> 0]
    /\ unacked = [n \in Node |-> <<>>]
    /\ lost = [n \in Node |-> 0]
    /\ up = [n \in Node |-> TRUE]
    /\ inc = [n \in Node |-> 0]
    /\ chan = [k \in Links |-> <<>>]
    /\ crashes = 0

(***************************************************************************)
(* One reaction of node n works on a pair LS = <<L, S>>: L is a record of   *)
(* n's variables, S the sequence of sends <<from, to, message>> in the     *)
(* order Java sends them. Commit writes both back.                          *)
(***************************************************************************)
Local(n) == [state |-> state[n], leader |-> leader[n], epoch |-> epoch[n], next |-> next[n],
             seen |-> seen[n], sent |-> sent[n], unacked |-> unacked[n], lost |-> lost[n]]

\* Appends the sends S, all from one node whose incarnation is k, to the channels ch.
RECURSIVE Post(_, _, _)
Post(ch, S, k) ==
    IF S = <<>> THEN ch
    ELSE LET s == Head(S)
             m == [s[3] EXCEPT !.inc = k]
         IN Post([ch EXCEPT ![<<s[1], s[2]>>] = Append(@, m)], Tail(S), k)

\* Writes n's record back, takes the consumed message off link `from` (0: none), posts the
\* sends. (Binding the pair with \E evaluates it once, which keeps TLC fast.)
Commit(n, P, from) ==
    \E LS \in {P} :
    LET L == LS[1] IN
    /\ state' = [state EXCEPT ![n] = L.state]
    /\ leader' = [leader EXCEPT ![n] = L.leader]
    /\ epoch' = [epoch EXCEPT ![n] = L.epoch]
    /\ next' = [next EXCEPT ![n] = L.next]
    /\ seen' = [seen EXCEPT ![n] = L.seen]
    /\ sent' = [sent EXCEPT ![n] = L.sent]
    /\ unacked' = [unacked EXCEPT ![n] = L.unacked]
    /\ lost' = [lost EXCEPT ![n] = L.lost]
    \* A restart (n still down here) sends as the new incarnation.
    /\ chan' = Post(IF from = 0 THEN chan ELSE [chan EXCEPT ![<<from, n>>] = Tail(@)], LS[2],
                    IF up[n] THEN inc[n] ELSE inc[n] + 1)

\* Java's send: numbered, to next, kept until acknowledged; nobody to tell when alone.
Send(n, LS, m) ==
    LET L == LS[1]
        h == [m EXCEPT !.seq = L.sent + 1]
    IN IF L.next = n THEN LS
       ELSE <<[L EXCEPT !.sent = h.seq, !.unacked = Append(@, h)], Append(LS[2], <<n, L.next, h>>)>>

\* Java's forward: not when the route skips the message's owner (it crashed).
Forward(n, LS, m) ==
    IF Skips(n, LS[1].next, m.id) THEN LS ELSE Send(n, LS, Msg(m.type, m.epoch, m.id))

\* Java's enter: a new epoch on the ring as configured, nothing outstanding, numbering afresh.
Enter(n, L, e) ==
    [L EXCEPT !.epoch = e, !.state = "Candidate", !.leader = 0, !.seen = {n},
              !.next = Succ(n), !.sent = 0, !.unacked = <<>>, !.lost = 0]

\* Java's bid: enter and send the own ELECTION.
Bid(n, LS, e) == Send(n, <<Enter(n, LS[1], e), LS[2]>>, Msg("Election", e, n))

Lead(n, L) == [L EXCEPT !.state = "Leader", !.leader = n]

Follow(L, id) == [L EXCEPT !.state = "Follower", !.leader = id]

\* The hop acknowledgement, naming the acknowledged message m by its epoch and seq.
Ack(n, LS, to, m) == <<LS[1], Append(LS[2], <<n, to, [Msg("Ack", m.epoch, 0) EXCEPT !.seq = m.seq]>>)>>

(***************************************************************************)
(* What an ELECTION of the node's current epoch does: the only difference  *)
(* between the two algorithms (Java's onElection).                          *)
(***************************************************************************)
OnElection(n, LS, id) ==
    LET L == LS[1] e == L.epoch IN
    IF Variant = "lelann"
    THEN IF id # n
         THEN Forward(n, <<[L EXCEPT !.seen = @ \cup {id}], LS[2]>>, Msg("Election", e, id))
         ELSE IF L.state # "Candidate" THEN LS
         ELSE LET highest == IF Mutant = "declare-own-id" THEN n ELSE Max(L.seen) IN
              \* The winner leads once its first ALIVE is home (Announced); the mutant at once.
              IF highest = n
              THEN Send(n, <<IF Mutant \in {"declare-own-id", "no-refinements-6-7"} THEN Lead(n, L) ELSE L,
                             LS[2]>>, Msg("Alive", e, n))
              ELSE <<Follow(L, highest), LS[2]>>
    ELSE IF id > n \/ (id < n /\ Mutant = "forward-smaller")
         THEN Forward(n, LS, Msg("Election", e, id))
         ELSE IF id = n /\ L.state = "Candidate"
              \* Leads once ELECTED is home (Announced); the mutant takes office at once.
              THEN Send(n, <<IF Mutant \in {"forward-smaller", "no-refinements-6-7"} THEN Lead(n, L) ELSE L,
                             LS[2]>>, Msg("Elected", e, n))
              ELSE LS

(***************************************************************************)
(* Actions, in the order of RingNode.java. Names are the ones it records.  *)
(***************************************************************************)

\* Every node starts at tick 0 in the simulator, before any message or fault can arrive.
Started == \A n \in Node : state[n] # "Idle"

Start(n) ==
    /\ state[n] = "Idle"
    /\ Commit(n, Bid(n, <<Local(n), <<>>>>, 1), 0)
    /\ UNCHANGED <<up, inc, crashes>>

\* A fresh incarnation knows only its persisted epoch and bids in the next one.
Restart(n) ==
    /\ ~up[n]
    /\ up' = [up EXCEPT ![n] = TRUE]
    /\ inc' = [inc EXCEPT ![n] = @ + 1]
    /\ Commit(n, Bid(n, <<Local(n), <<>>>>, epoch[n] + 1), 0)
    /\ UNCHANGED crashes

\* The message at the head of the link from f to n is of type t, and n is up to take it.
Incoming(n, f, t) == Started /\ up[n] /\ chan[<<f, n>>] # <<>> /\ Head(chan[<<f, n>>]).type = t
In(n, f) == Head(chan[<<f, n>>])

\* A newer bid draws n in; one of n's epoch is the algorithm's business. A decided node given a
\* bid of its epoch, or an older bid straight from its owner, has met a late entrant: it starts
\* a newer election instead. So does a node given a newer bid whose route from f skips the
\* leader n follows: that leader may have restarted after the skip and won the older epoch,
\* and the newer election would never reach it (two leaders).
RoutesRoundLeader(n, f) ==
    Mutant # "no-refinement-8" /\ leader[n] \notin {0, n} /\ leader[n] \in BetweenF[<<f, n>>]

ReceiveElection(n, f) ==
    /\ Incoming(n, f, "Election")
    /\ \E m \in {In(n, f)} :
       \E LS0 \in {Ack(n, <<Local(n), <<>>>>, f, m)} :
           Commit(n,
               IF m.epoch > epoch[n] /\ RoutesRoundLeader(n, f)
               THEN Bid(n, LS0, m.epoch + 1)
               ELSE IF m.epoch > epoch[n] THEN OnElection(n, Bid(n, LS0, m.epoch), m.id)
               ELSE IF state[n] # "Candidate" /\ m.id # n /\ (m.epoch = epoch[n] \/ f = m.id)
                    THEN Bid(n, LS0, epoch[n] + 1)
               ELSE IF m.epoch = epoch[n] THEN OnElection(n, LS0, m.id)
               ELSE LS0, f)
    /\ UNCHANGED <<up, inc, crashes>>

\* ELECTED and ALIVE: "id leads epoch e" (Java's announced). A stale one straight from its owner
\* means the owner is behind, leading or about to lead an older epoch: start a newer election,
\* which draws it in. Its own announcement back home (Chang-Roberts' ELECTED, LeLann's first
\* ALIVE) makes a Candidate of that epoch lead: every node on the way followed it in that very
\* epoch (a node of a newer epoch drops it).
Announced(n, LS0, m, f) ==
    LET L == LS0[1] IN
    IF m.epoch < L.epoch /\ f = m.id /\ Mutant # "no-refinements-6-7" THEN Bid(n, LS0, L.epoch + 1)
    ELSE IF m.epoch < L.epoch THEN LS0
    ELSE IF m.id = n
         THEN IF m.epoch = L.epoch /\ L.state = "Candidate"
              THEN <<Lead(n, L), LS0[2]>> ELSE LS0
    ELSE IF m.id < n THEN Bid(n, LS0, Max({m.epoch, L.epoch}) + 1)
    ELSE Forward(n, <<Follow(IF m.epoch > L.epoch THEN Enter(n, L, m.epoch) ELSE L, m.id), LS0[2]>>, m)

ReceiveElected(n, f) ==
    /\ Incoming(n, f, "Elected")
    /\ \E m \in {In(n, f)} : Commit(n, Announced(n, Ack(n, <<Local(n), <<>>>>, f, m), m, f), f)
    /\ UNCHANGED <<up, inc, crashes>>

ReceiveAlive(n, f) ==
    /\ Incoming(n, f, "Alive")
    /\ \E m \in {In(n, f)} : Commit(n, Announced(n, Ack(n, <<Local(n), <<>>>>, f, m), m, f), f)
    /\ UNCHANGED <<up, inc, crashes>>

\* An ACK names the hop it answers; one that answers no outstanding hop is ignored. FIFO links
\* return ACKs in the order the hops were taken, so the outstanding hops older than the one
\* answered were lost to the successor's previous incarnation: they are not waited for any
\* longer (nor resent), and lost[n] goes with them unless a newer lost hop is still waiting.
\* An ACK from a node the route skips means it is back: route through it again, stop tracking
\* what went round it.
\* During an election that is not enough: the returning node may have bid in this very epoch
\* on its own, and a bid that went round it could still come home. Start a newer election.
Answers(a, m) == a.epoch = m.epoch /\ a.seq = m.seq

ReceiveAck(n, f) ==
    /\ Incoming(n, f, "Ack")
    /\ \E m \in {In(n, f)} :
       LET L == Local(n) IN
       Commit(n, IF f # L.next /\ Skips(n, L.next, f) /\ L.state = "Candidate"
                 THEN Bid(n, <<L, <<>>>>, L.epoch + 1)
                 ELSE
                 <<IF f # L.next /\ Skips(n, L.next, f)
                   THEN [L EXCEPT !.next = f, !.unacked = <<>>, !.lost = 0]
                   ELSE IF f = L.next /\ \E i \in DOMAIN L.unacked : Answers(m, L.unacked[i])
                   THEN LET k == CHOOSE i \in DOMAIN L.unacked : Answers(m, L.unacked[i]) IN
                        [L EXCEPT !.unacked = SubSeq(@, k + 1, Len(@)),
                                  !.lost = IF @ > m.seq THEN @ ELSE 0]
                   ELSE L, <<>>>>, f)
    /\ UNCHANGED <<up, inc, crashes>>

\* The acknowledgement timer's oracle: a hop n is waiting for was lost, so its ACK never comes.
\* (A model without the oracle replaces it by TRUE: the timer may run out at any time.)
AckLost(n) == lost[n] # 0

\* A timed reading of the same timer, for models that replace AckLost by it. An ACK from a node the
\* route now skips answers a hop sent to it before the skip, so it arrives within 2D of that hop:
\* before any timer armed at or after the skip runs out (2D + 1; RingNode re-arms it when it skips).
\* Without clocks AckLost lets the timer run out while such an ACK is on its way, and the node may
\* then skip the next node too and lead alone although the skipped node is back (TLC finds two
\* leaders that way with two crashes on 3 nodes: see MCChangRoberts3Free.tla). Java cannot: the
\* ACK comes first and routes through the node again.
AckOnItsWayFromSkipped(n) ==
    \E x \in BetweenF[<<n, next[n]>>] : \E i \in DOMAIN chan[<<x, n>>] : chan[<<x, n>>][i].type = "Ack"
AckLostTimed(n) == lost[n] # 0 /\ ~AckOnItsWayFromSkipped(n)

\* Oracle: a hop n is waiting for was lost, so its ACK never comes. Route round the successor
\* and resend what it did not take, except its own messages; alone, lead in a new epoch. During
\* an election, a message the successor owns queued behind the lost one means it may be back:
\* start a newer election on the full ring instead.
AckTimeout(n) ==
    /\ Started /\ up[n] /\ unacked[n] # <<>> /\ AckLost(n)
    /\ LET L == Local(n)
           skipped == L.next
           nx == Succ(skipped)
           kept == SelectSeq(L.unacked, LAMBDA m : m.id # skipped)
       IN Commit(n,
            IF Mutant = "no-skip" THEN <<[L EXCEPT !.lost = 0], <<>>>>
            ELSE IF L.state = "Candidate" /\ \E i \in 2..Len(L.unacked) : L.unacked[i].id = skipped
                 THEN Bid(n, <<L, <<>>>>, L.epoch + 1)
            ELSE IF nx = n THEN <<Lead(n, [Enter(n, L, L.epoch + 1) EXCEPT !.next = n]), <<>>>>
            ELSE <<[L EXCEPT !.next = nx, !.unacked = kept, !.lost = 0],
                   [i \in DOMAIN kept |-> <<n, nx, kept[i]>>]>>, 0)
    /\ UNCHANGED <<up, inc, crashes>>

\* n follows a live leader of its own epoch, whose tokens keep resetting its timer.
Served(n) ==
    /\ state[n] = "Follower"
    /\ LET l == leader[n] IN up[l] /\ state[l] = "Leader" /\ epoch[l] = epoch[n]

\* Every hop still waiting for its ACK is on its way, or its ACK is.
OnItsWay(m) ==
    \/ unacked[m] = <<>>
    \/ /\ lost[m] = 0
       /\ \/ chan[<<m, next[m]>>] # <<>>
          \/ \E i \in DOMAIN chan[<<next[m], m>>] : chan[<<next[m], m>>][i].type = "Ack"

\* No election is running that could still reach anyone: the ring waits for a timeout.
\* LeLann's winner's first ALIVE, on its way home to make it lead: the election is still running.
Confirming(m) == m.type = "Alive" /\ up[m.id] /\ state[m.id] = "Candidate" /\ epoch[m.id] = m.epoch

Calm ==
    /\ \A k \in Links : \A i \in DOMAIN chan[k] :
           chan[k][i].type \in {"Alive", "Ack"} /\ ~Confirming(chan[k][i])
    /\ \A m \in Node : up[m] => OnItsWay(m)

\* The leader timer's oracle (see the header): never while served; once calm; early below
\* MaxEpoch. (A model without the oracle replaces it by TRUE: the timer may run out at any time.)
LeaderSuspected(n) == ~Served(n) /\ (Calm \/ epoch[n] < MaxEpoch)

\* A node that does not lead times out when the oracle says so.
LeaderTimeout(n) ==
    /\ Started /\ up[n] /\ state[n] # "Leader"
    /\ LeaderSuspected(n)
    /\ Commit(n, Bid(n, <<Local(n), <<>>>>, epoch[n] + 1), 0)
    /\ UNCHANGED <<up, inc, crashes>>

\* The leader's periodic token. A model keeps at most MaxChan messages on the link; beyond
\* that the step is taken without a token (the timer fires, nothing the model tracks changes).
SendAlive(n) ==
    /\ Started /\ up[n] /\ state[n] = "Leader"
    /\ IF next[n] = n \/ Len(chan[<<n, next[n]>>]) < MaxChan
       THEN Commit(n, Send(n, <<Local(n), <<>>>>, Msg("Alive", epoch[n], n)), 0)
       ELSE UNCHANGED <<state, leader, epoch, next, seen, sent, unacked, lost, chan>>
    /\ UNCHANGED <<up, inc, crashes>>

(***************************************************************************)
(* Faults.                                                                  *)
(***************************************************************************)

\* Volatile state is gone; only the epoch survives (the other values are placeholders).
Crash(n) ==
    /\ Started /\ up[n] /\ n \in Crashable /\ crashes < MaxCrashes
    /\ up' = [up EXCEPT ![n] = FALSE]
    /\ state' = [state EXCEPT ![n] = "Down"]
    /\ leader' = [leader EXCEPT ![n] = 0]
    /\ next' = [next EXCEPT ![n] = Succ(n)]
    /\ seen' = [seen EXCEPT ![n] = {n}]
    /\ sent' = [sent EXCEPT ![n] = 0]
    /\ unacked' = [unacked EXCEPT ![n] = <<>>]
    /\ lost' = [lost EXCEPT ![n] = 0]
    /\ crashes' = crashes + 1
    /\ UNCHANGED <<epoch, inc, chan>>

\* A message reaches the down node n and is gone; if its sender is still waiting for its ACK,
\* the sender's acknowledgement timer will fire, unless an ACK for a later hop comes first.
Lose(n, f) ==
    /\ ~up[n] /\ chan[<<f, n>>] # <<>>
    /\ LET m == In(n, f)
           waited == /\ up[f] /\ m.inc = inc[f] /\ next[f] = n /\ m.type \in RingTypes
                     /\ \E i \in DOMAIN unacked[f] : unacked[f][i] = [m EXCEPT !.inc = 0]
       IN lost' = [lost EXCEPT ![f] = IF waited /\ m.seq > @ THEN m.seq ELSE @]
    /\ chan' = [chan EXCEPT ![<<f, n>>] = Tail(@)]
    /\ UNCHANGED <<state, leader, epoch, next, seen, sent, unacked, up, inc, crashes>>

Receive(n, f) ==
    \/ ReceiveElection(n, f) \/ ReceiveElected(n, f) \/ ReceiveAlive(n, f)
    \/ ReceiveAck(n, f) \/ Lose(n, f)

Next ==
    \/ \E n \in Node : \/ Start(n) \/ Restart(n) \/ AckTimeout(n) \/ LeaderTimeout(n)
                       \/ SendAlive(n) \/ Crash(n)
    \/ \E n, f \in Node : Receive(n, f)

(* Every node starts, every link delivers (or loses, to a down node) its messages, and the  *)
(* timeouts fire once their oracles hold for good. Each link and each timeout is fair on its  *)
(* own: a node that keeps receiving tokens must still time out when its oracle allows it.     *)
(* SendAlive is not fair (Termination must not depend on tokens), nor are Crash and Restart: *)
(* a node may stay down for good.                                                             *)
Fairness ==
    \A n \in Node :
        /\ WF_vars(Start(n))
        /\ WF_vars(AckTimeout(n))
        /\ WF_vars(LeaderTimeout(n))
        /\ \A f \in Node : WF_vars(Receive(n, f))

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* Never two live nodes that believe they lead (epochs order elections but are not terms).
Uniqueness == \A a, b \in Node : up[a] /\ up[b] /\ state[a] = "Leader" /\ state[b] = "Leader" => a = b

Settled(l) == up[l] /\ state[l] = "Leader" /\ \A n \in Node : up[n] => leader[n] = l

\* Without crashes, acknowledgements change nothing but themselves: no message is lost, every
\* route is the configured ring, and every hop waiting for its ACK is on its way (so Calm does
\* not depend on them). MCLeLann5 relies on this to leave ACKs out (see its header).
AcksInvisible == crashes = 0 => \A n \in Node : lost[n] = 0 /\ next[n] = Succ(n) /\ OnItsWay(n)

\* A settled leader is the highest live id.
Validity == \A l \in Node : Settled(l) => \A n \in Node : up[n] => n <= l

\* After the (finitely many) faults, one leader is eventually known to every live node, for good.
Termination == <>[](\E l \in Node : Settled(l))

(***************************************************************************)
(* Witnesses: states a passing model must show reachable (each checked as  *)
(* an invariant ~W that TLC must report violated), so that its safety      *)
(* properties have met the situations that could break them.                *)
(***************************************************************************)

\* The messages in flight on any link.
Flying == UNION {{chan[k][i] : i \in DOMAIN chan[k]} : k \in Links}

\* Rival bids: ELECTIONs of two different candidates of one epoch in flight at once.
WitnessRivals ==
    \E a, b \in Flying : a.type = "Election" /\ b.type = "Election" /\ a.epoch = b.epoch /\ a.id # b.id

\* Failover: a node other than Top leads. From the settled state Top led epoch 1, and no other node
\* can lead while Top is up (Validity), so Top failed and a different leader followed.
WitnessFailover == Boot = "settled" /\ \E l \in Node \ {Top} : up[l] /\ state[l] = "Leader"

\* Restart: a node is up again in a fresh incarnation, its persisted epoch (its durable state: every
\* started node has taken part in an epoch) non-zero before the crash, so it bids in epoch 2 or later.
WitnessRestart == \E n \in Node : up[n] /\ inc[n] > 0 /\ epoch[n] >= 2

\* A stale leader: a live leader of an older epoch beside a live node of a newer epoch that names
\* a different leader (the newer epoch's winner, on its way to office: two live Leaders would break
\* Uniqueness, so this is as close as a correct ring comes; refinements 6 to 8's window).
WitnessStale ==
    \E a, b \in Node : /\ up[a] /\ up[b] /\ state[a] = "Leader" /\ epoch[b] > epoch[a]
                      /\ leader[b] \notin {0, a}

\* The ring has moved on: a live leader of an older epoch beside a live node in a newer epoch.
WitnessStaleEpoch == \E a, b \in Node : up[a] /\ up[b] /\ state[a] = "Leader" /\ epoch[b] > epoch[a]

\* A route skips a live node: some live n sends round its live successor (a crash and a restart
\* behind a skip, or, without the oracle, an acknowledgement timer that ran out early).
WitnessSkipLive == \E n \in Node : up[n] /\ next[n] # Succ(n) /\ up[Succ(n)]

(***************************************************************************)
(* Refinement of Election.tla. The Java ring node reports term 0 (epochs    *)
(* order elections but are not terms: RingNode.term()), so every leadership *)
(* is <<0, n>>, the history of leaderships with a term is empty, and the    *)
(* abstract Uniqueness is this module's: never two live Leaders.            *)
(***************************************************************************)
Abstract == INSTANCE Election WITH
    Exclusive <- FALSE,
    lead <- {<<0, n>> : n \in {m \in Node : up[m] /\ state[m] = "Leader"}},
    elected <- {}

RefinesElection == Abstract!Spec
=============================================================================
