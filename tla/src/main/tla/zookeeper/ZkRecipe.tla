------------------------------ MODULE ZkRecipe ------------------------------
(***************************************************************************)
(* The ZooKeeper leader-election recipe on a ZooKeeper-like service, the   *)
(* specification of impl/src/main/java/dev/electorate/impl/zookeeper.  One *)
(* node, Service, is the coordination service: sessions, an ephemeral      *)
(* sequential node per session under /election (sequence numbers only      *)
(* grow), getChildren, one-shot exists-watches, and a fenced resource that *)
(* accepts a write only if its token is at least the greatest accepted.    *)
(* It handles one request at a time, so it is linearizable.  The other     *)
(* nodes are recipe clients: open a session, create the node, list the     *)
(* children, lead if the node is the lowest (fencing token: its sequence   *)
(* number), else watch the predecessor only and list again when it goes;   *)
(* on losing the session, step down and start over with a new one.  The    *)
(* variables and action names are the ones the Java nodes record.          *)
(*                                                                         *)
(* Network.  msgs is every message ever sent.  A receipt does not consume  *)
(* its message, so any message may arrive any number of times, in any      *)
(* order, or never: loss, duplication and reordering are behaviours, and   *)
(* Lose and Duplicate are stuttering steps.  A client's resends (the       *)
(* pending request with each heartbeat) add nothing new.                   *)
(*                                                                         *)
(* Time.  There are no clocks.  The service may expire any session at any  *)
(* moment (Expire), as it does when a client is paused or its clock runs   *)
(* slow, and a client may give its session up at any moment              *)
(* (SessionTimeout).  So the spec allows two clients that both believe     *)
(* they lead (OneBeliever is not an invariant: MCZkRecipe3Overlap shows    *)
(* it broken); what the recipe really guarantees is Uniqueness, a leader   *)
(* whose session is live holds the lowest node, and FencedWrites, the      *)
(* resource accepts tokens in increasing order.  For Termination, expiries *)
(* of live clients' sessions and client give-ups are finitely many        *)
(* (MaxExpiries, MaxSuspicions), while a session nobody uses any more (its *)
(* owner is down or started over) is eventually expired: the session      *)
(* timeout.                                                                *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Service,        \* the service's node id (the highest member)
    Client,         \* the client ids
    MaxExpiries,    \* expiries of sessions still in use, per behaviour
    MaxSuspicions,  \* give-ups by clients whose session is live, per behaviour
    MaxCrashes,     \* Crash steps per behaviour
    Mutant,         \* "none", or the one rule the variant breaks
    Boot            \* "together": every node starts, as in the simulator; "settled": begin where an
                    \* election ends (the i-th lowest client has node i; the lowest leads, each other
                    \* watches the one below), so models can afford faults

VARIABLES
    status,     \* status[n]: "Idle" before Start, "Up", "Down" while crashed
    phase,      \* phase[c]: "Idle", "Connecting", "Creating", "Listing", "Watching", "Leading", "Down"
    attempt,    \* attempt[c]: sessions c opened so far (durable)
    session,    \* session[c]: c's current session id, 0 for none
    seq,        \* seq[c]: the sequence number of c's node, 0 for none
    pred,       \* pred[c]: the predecessor watched; while listing, the last one seen gone
    leader,     \* leader[c]: the client c believes leads, 0 for none
    leaderSeq,  \* leaderSeq[c]: that leader's node (its fencing token)
    sessions,   \* the service's live sessions
    expired,    \* the sessions it expired
    znodes,     \* the nodes under /election: [seq, session] records
    watches,    \* exists-watches: [seq, session] records
    nextSeq,    \* the next sequence number
    fence,      \* the greatest token the fenced resource accepted
    msgs,       \* every message sent so far
    writes,     \* history: the writes the resource accepted, in order, as [client, token] records (a write
                \* accepted again right after itself, a duplicate, is not appended again)
    restarted,  \* history: the clients that restarted after a crash, having created a node before it
    crashes, expiries, suspicions

vars == <<status, phase, attempt, session, seq, pred, leader, leaderSeq, sessions, expired, znodes,
          watches, nextSeq, fence, msgs, writes, restarted, crashes, expiries, suspicions>>
histVars == <<writes, restarted>>
clientVars == <<phase, attempt, session, seq, pred, leader, leaderSeq>>
serviceVars == <<sessions, expired, znodes, watches, nextSeq, fence>>

Node == Client \cup {Service}
None == 0
IdLimit == 1024
\* "write-attempt-token" and "write-while-waiting" are mutants of the client, not of the fence: the
\* first writes with its attempt number (sessions opened) instead of its node's sequence number, the
\* second also writes, with its node's sequence number, while it still lists or watches.
Mutants == {"none", "lead-without-lowest", "accept-stale-writes", "write-attempt-token", "write-while-waiting"}

ASSUME Mutant \in Mutants
ASSUME Boot \in {"together", "settled"}
ASSUME Service \notin Client /\ \A c \in Client : c < IdLimit

Sess(c, a) == a * IdLimit + c
Owner(s) == s % IdLimit
Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Max(S) == CHOOSE x \in S : \A y \in S : x >= y
Seqs == {z.seq : z \in znodes}
Lowest == IF Seqs = {} THEN 0 ELSE Min(Seqs)
\* The owner of the lowest node: whom the service names leader.
ServiceLeader == IF Seqs = {} THEN None ELSE Owner((CHOOSE z \in znodes : z.seq = Lowest).session)
NodeOf(s) == {z.seq : z \in {y \in znodes : y.session = s}}

ToService(t, c, fields) == [type |-> t, from |-> c, to |-> Service] @@ fields
ToClient(t, c, fields) == [type |-> t, from |-> Service, to |-> c] @@ fields

TypeOK ==
    /\ status \in [Node -> {"Idle", "Up", "Down"}]
    /\ phase \in [Client -> {"Idle", "Connecting", "Creating", "Listing", "Watching", "Leading", "Down"}]
    /\ attempt \in [Client -> Nat]
    /\ session \in [Client -> Nat] /\ seq \in [Client -> Nat] /\ pred \in [Client -> Nat]
    /\ leader \in [Client -> Client \cup {None}] /\ leaderSeq \in [Client -> Nat]
    /\ sessions \subseteq Nat /\ expired \subseteq Nat /\ sessions \cap expired = {}
    /\ \A z \in znodes : z.session \in sessions
    /\ \A s \in sessions : Cardinality(NodeOf(s)) <= 1
    /\ nextSeq \in Nat /\ fence \in Nat
    /\ crashes \in 0..MaxCrashes /\ expiries \in 0..MaxExpiries /\ suspicions \in 0..MaxSuspicions
    /\ writes \in Seq([client : Client, token : Nat]) /\ restarted \subseteq Client

\* Settled boot: client c is the Rank(c)-th lowest and holds node Rank(c) of session Sess(c, 1).
Rank(c) == Cardinality({d \in Client : d <= c})
First == CHOOSE c \in Client : Rank(c) = 1

Init ==
    /\ crashes = 0 /\ expiries = 0 /\ suspicions = 0 /\ fence = 0 /\ writes = <<>> /\ restarted = {}
    /\ IF Boot = "together"
       THEN /\ status = [n \in Node |-> "Idle"]
            /\ phase = [c \in Client |-> "Idle"]
            /\ attempt = [c \in Client |-> 0]
            /\ session = [c \in Client |-> 0]
            /\ seq = [c \in Client |-> 0]
            /\ pred = [c \in Client |-> 0]
            /\ leader = [c \in Client |-> None]
            /\ leaderSeq = [c \in Client |-> 0]
            /\ sessions = {} /\ expired = {} /\ znodes = {} /\ watches = {}
            /\ nextSeq = 1
            /\ msgs = {}
       ELSE /\ status = [n \in Node |-> "Up"]
            /\ phase = [c \in Client |-> IF c = First THEN "Leading" ELSE "Watching"]
            /\ attempt = [c \in Client |-> 1]
            /\ session = [c \in Client |-> Sess(c, 1)]
            /\ seq = [c \in Client |-> Rank(c)]
            /\ pred = [c \in Client |-> IF c = First THEN 1 ELSE Rank(c) - 1]
            /\ leader = [c \in Client |-> First]
            /\ leaderSeq = [c \in Client |-> 1]
            /\ sessions = {Sess(c, 1) : c \in Client} /\ expired = {}
            /\ znodes = {[seq |-> Rank(c), session |-> Sess(c, 1)] : c \in Client}
            /\ watches = {[seq |-> Rank(c) - 1, session |-> Sess(c, 1)] : c \in Client \ {First}}
            /\ nextSeq = Cardinality(Client) + 1
            /\ msgs = UNION {{ToService("OpenSession", c, [session |-> Sess(c, 1)]),
                              ToClient("SessionOpened", c, [session |-> Sess(c, 1)]),
                              ToService("Create", c, [session |-> Sess(c, 1)]),
                              ToClient("Created", c, [session |-> Sess(c, 1), seq |-> Rank(c)]),
                              ToService("GetChildren", c, [session |-> Sess(c, 1)]),
                              ToClient("Children", c, [session |-> Sess(c, 1), seqs |-> 1..Rank(c), owner |-> First]),
                              ToService("Heartbeat", c, [session |-> Sess(c, 1)]),
                              ToClient("HeartbeatAck", c, [session |-> Sess(c, 1), leader |-> First, leaderSeq |-> 1])}
                             : c \in Client}
                    \cup UNION {{ToService("Exists", c, [session |-> Sess(c, 1), seq |-> Rank(c) - 1]),
                                 ToClient("ExistsReply", c, [session |-> Sess(c, 1), seq |-> Rank(c) - 1, exists |-> TRUE])}
                                : c \in Client \ {First}}

\* The simulator starts every node at tick 0, before any message, timer or fault.
Started == \A n \in Node : status[n] # "Idle"

(***************************************************************************)
(* Clients, in the order of Client.java.                                   *)
(***************************************************************************)

\* Opens a new session: the next attempt (durable), then wait for SessionOpened.
OpenSession(c) ==
    /\ attempt' = [attempt EXCEPT ![c] = @ + 1]
    /\ session' = [session EXCEPT ![c] = Sess(c, attempt[c] + 1)]
    /\ seq' = [seq EXCEPT ![c] = 0]
    /\ pred' = [pred EXCEPT ![c] = 0]
    /\ phase' = [phase EXCEPT ![c] = "Connecting"]
    /\ msgs' = msgs \cup {ToService("OpenSession", c, [session |-> Sess(c, attempt[c] + 1)])}

Start(n) ==
    /\ status[n] = "Idle"
    /\ status' = [status EXCEPT ![n] = "Up"]
    /\ IF n = Service
       THEN UNCHANGED <<clientVars, msgs>>
       ELSE OpenSession(n) /\ UNCHANGED <<leader, leaderSeq>>
    /\ UNCHANGED <<serviceVars, histVars, crashes, expiries, suspicions>>

\* restarted is a history no action reads: the client comes back with its node created before.
Restart(n) ==
    /\ status[n] = "Down"
    /\ status' = [status EXCEPT ![n] = "Up"]
    /\ IF n = Service
       THEN UNCHANGED <<clientVars, msgs>>
       ELSE OpenSession(n) /\ UNCHANGED <<leader, leaderSeq>>
    /\ restarted' = IF \E m \in msgs : m.type = "Created" /\ m.to = n THEN restarted \cup {n} ELSE restarted
    /\ UNCHANGED <<serviceVars, writes, crashes, expiries, suspicions>>

Delivered(n, m, t) == Started /\ m \in msgs /\ m.to = n /\ m.type = t /\ status[n] = "Up"

\* The lowest node only rises over time, so a report of a higher one is the newer.
Learn(c, owner, lowest) ==
    /\ leaderSeq' = [leaderSeq EXCEPT ![c] = IF lowest > @ THEN lowest ELSE @]
    /\ leader' = [leader EXCEPT ![c] = IF lowest > leaderSeq[c] THEN owner ELSE @]

Lead(c, s) ==
    /\ phase' = [phase EXCEPT ![c] = "Leading"]
    /\ leader' = [leader EXCEPT ![c] = c]
    /\ leaderSeq' = [leaderSeq EXCEPT ![c] = s]

Keep == UNCHANGED <<serviceVars, status, histVars, crashes, expiries, suspicions>>

ReceiveSessionOpened(c, m) ==
    /\ Delivered(c, m, "SessionOpened")
    /\ IF phase[c] = "Connecting" /\ m.session = session[c]
       THEN /\ phase' = [phase EXCEPT ![c] = "Creating"]
            /\ msgs' = msgs \cup {ToService("Create", c, [session |-> session[c]])}
       ELSE UNCHANGED <<phase, msgs>>
    /\ UNCHANGED <<attempt, session, seq, pred, leader, leaderSeq>> /\ Keep

\* Mutant "lead-without-lowest" leads once its node exists, without listing.
ReceiveCreated(c, m) ==
    /\ Delivered(c, m, "Created")
    /\ IF phase[c] = "Creating" /\ m.session = session[c]
       THEN /\ seq' = [seq EXCEPT ![c] = m.seq]
            /\ pred' = [pred EXCEPT ![c] = m.seq]
            /\ IF Mutant = "lead-without-lowest"
               THEN Lead(c, m.seq) /\ UNCHANGED msgs
               ELSE /\ phase' = [phase EXCEPT ![c] = "Listing"]
                    /\ msgs' = msgs \cup {ToService("GetChildren", c, [session |-> session[c]])}
                    /\ UNCHANGED <<leader, leaderSeq>>
       ELSE UNCHANGED <<phase, seq, pred, leader, leaderSeq, msgs>>
    /\ UNCHANGED <<attempt, session>> /\ Keep

\* Lowest leads; otherwise watch the predecessor, which only decreases (a reply naming one already
\* seen gone is stale and is ignored).
ReceiveChildren(c, m) ==
    /\ Delivered(c, m, "Children")
    /\ LET below == {x \in m.seqs : x < seq[c]}
           fresh == phase[c] = "Listing" /\ m.session = session[c] /\ seq[c] \in m.seqs
       IN IF fresh /\ below = {}
          THEN Lead(c, seq[c]) /\ UNCHANGED <<pred, msgs>>
          ELSE /\ Learn(c, m.owner, IF m.seqs = {} THEN 0 ELSE Min(m.seqs))
               /\ IF fresh /\ Max(below) < pred[c]
                  THEN /\ pred' = [pred EXCEPT ![c] = Max(below)]
                       /\ phase' = [phase EXCEPT ![c] = "Watching"]
                       /\ msgs' = msgs \cup {ToService("Exists", c, [session |-> session[c], seq |-> Max(below)])}
                  ELSE UNCHANGED <<pred, phase, msgs>>
    /\ UNCHANGED <<attempt, session, seq>> /\ Keep

PredecessorGone(c, m) ==
    IF phase[c] = "Watching" /\ m.session = session[c] /\ m.seq = pred[c]
    THEN /\ phase' = [phase EXCEPT ![c] = "Listing"]
         /\ msgs' = msgs \cup {ToService("GetChildren", c, [session |-> session[c]])}
    ELSE UNCHANGED <<phase, msgs>>

ReceiveExistsReply(c, m) ==
    /\ Delivered(c, m, "ExistsReply")
    /\ IF m.exists THEN UNCHANGED <<phase, msgs>> ELSE PredecessorGone(c, m)
    /\ UNCHANGED <<attempt, session, seq, pred, leader, leaderSeq>> /\ Keep

ReceiveWatchFired(c, m) ==
    /\ Delivered(c, m, "WatchFired")
    /\ PredecessorGone(c, m)
    /\ UNCHANGED <<attempt, session, seq, pred, leader, leaderSeq>> /\ Keep

ReceiveHeartbeatAck(c, m) ==
    /\ Delivered(c, m, "HeartbeatAck")
    /\ Learn(c, m.leader, m.leaderSeq)
    /\ UNCHANGED <<phase, attempt, session, seq, pred, msgs>> /\ Keep

\* Steps down (a leader no longer names itself) and opens a new session.
StartOver(c) ==
    /\ OpenSession(c)
    /\ leader' = [leader EXCEPT ![c] = IF @ = c THEN None ELSE @]
    /\ UNCHANGED leaderSeq

ReceiveSessionExpired(c, m) ==
    /\ Delivered(c, m, "SessionExpired")
    /\ IF m.session = session[c] THEN StartOver(c) ELSE UNCHANGED <<clientVars, msgs>>
    /\ Keep

\* The pending request goes again with every heartbeat, in case it was lost.
Pending(c) ==
    CASE phase[c] = "Connecting" -> {ToService("OpenSession", c, [session |-> session[c]])}
      [] phase[c] = "Creating" -> {ToService("Create", c, [session |-> session[c]])}
      [] phase[c] = "Listing" -> {ToService("GetChildren", c, [session |-> session[c]])}
      [] phase[c] = "Watching" -> {ToService("Exists", c, [session |-> session[c], seq |-> pred[c]])}
      [] OTHER -> {}

SendHeartbeat(c) ==
    /\ Started /\ status[c] = "Up"
    /\ msgs' = msgs \cup Pending(c)
                    \cup (IF phase[c] # "Connecting" THEN {ToService("Heartbeat", c, [session |-> session[c]])} ELSE {})
    /\ UNCHANGED clientVars /\ Keep

\* The client's own session timer ran out without an acknowledgement: give the session up.
SessionTimeout(c) ==
    /\ Started /\ status[c] = "Up" /\ phase[c] # "Connecting"
    /\ suspicions < MaxSuspicions
    /\ suspicions' = suspicions + 1
    /\ StartOver(c)
    /\ UNCHANGED <<serviceVars, status, histVars, crashes, expiries>>

\* A leader writes with its token.  Mutant "write-while-waiting" writes while listing or watching
\* too; mutant "write-attempt-token" writes with its attempt number.
SendWrite(c) ==
    /\ Started /\ status[c] = "Up"
    /\ \/ phase[c] = "Leading"
       \/ Mutant = "write-while-waiting" /\ phase[c] \in {"Listing", "Watching"}
    /\ msgs' = msgs \cup {ToService("Write", c, [session |-> session[c],
                                                 token |-> IF Mutant = "write-attempt-token" THEN attempt[c] ELSE seq[c]])}
    /\ UNCHANGED clientVars /\ Keep

(***************************************************************************)
(* The service, in the order of Service.java.                             *)
(***************************************************************************)

KeepClients == UNCHANGED <<clientVars, status, histVars, crashes, expiries, suspicions>>

\* A request of an expired session is answered SessionExpired; of an unknown one, not at all.
Refuse(m) ==
    /\ msgs' = msgs \cup (IF m.session \in expired THEN {ToClient("SessionExpired", m.from, [session |-> m.session])} ELSE {})
    /\ UNCHANGED serviceVars

ReceiveOpenSession(m) ==
    /\ Delivered(Service, m, "OpenSession")
    /\ IF m.session \in expired
       THEN Refuse(m)
       ELSE /\ sessions' = sessions \cup {m.session}
            /\ msgs' = msgs \cup {ToClient("SessionOpened", m.from, [session |-> m.session])}
            /\ UNCHANGED <<expired, znodes, watches, nextSeq, fence>>
    /\ KeepClients

\* At most one node per session: a repeated create (its answer was lost) returns the same node.
ReceiveCreate(m) ==
    /\ Delivered(Service, m, "Create")
    /\ IF m.session \notin sessions THEN Refuse(m)
       ELSE IF NodeOf(m.session) # {}
       THEN /\ msgs' = msgs \cup {ToClient("Created", m.from, [session |-> m.session, seq |-> Min(NodeOf(m.session))])}
            /\ UNCHANGED serviceVars
       ELSE /\ znodes' = znodes \cup {[seq |-> nextSeq, session |-> m.session]}
            /\ nextSeq' = nextSeq + 1
            /\ msgs' = msgs \cup {ToClient("Created", m.from, [session |-> m.session, seq |-> nextSeq])}
            /\ UNCHANGED <<sessions, expired, watches, fence>>
    /\ KeepClients

ReceiveGetChildren(m) ==
    /\ Delivered(Service, m, "GetChildren")
    /\ IF m.session \notin sessions THEN Refuse(m)
       ELSE /\ msgs' = msgs \cup {ToClient("Children", m.from, [session |-> m.session, seqs |-> Seqs, owner |-> ServiceLeader])}
            /\ UNCHANGED serviceVars
    /\ KeepClients

ReceiveExists(m) ==
    /\ Delivered(Service, m, "Exists")
    /\ IF m.session \notin sessions THEN Refuse(m)
       ELSE /\ watches' = IF m.seq \in Seqs THEN watches \cup {[seq |-> m.seq, session |-> m.session]} ELSE watches
            /\ msgs' = msgs \cup {ToClient("ExistsReply", m.from, [session |-> m.session, seq |-> m.seq, exists |-> m.seq \in Seqs])}
            /\ UNCHANGED <<sessions, expired, znodes, nextSeq, fence>>
    /\ KeepClients

ReceiveHeartbeat(m) ==
    /\ Delivered(Service, m, "Heartbeat")
    /\ IF m.session \notin sessions THEN Refuse(m)
       ELSE /\ msgs' = msgs \cup {ToClient("HeartbeatAck", m.from, [session |-> m.session, leader |-> ServiceLeader, leaderSeq |-> Lowest])}
            /\ UNCHANGED serviceVars
    /\ KeepClients

\* The fence knows only tokens, not sessions.  Mutant "accept-stale-writes" drops the check.
\* writes records the accepted write (a history no action reads).
AcceptWrite(m) ==
    /\ Delivered(Service, m, "Write")
    /\ m.token >= fence \/ Mutant = "accept-stale-writes"
    /\ fence' = IF m.token > fence THEN m.token ELSE fence
    /\ LET w == [client |-> m.from, token |-> m.token]
       IN writes' = IF writes # <<>> /\ writes[Len(writes)] = w THEN writes ELSE Append(writes, w)
    /\ UNCHANGED <<sessions, expired, znodes, watches, nextSeq, msgs>>
    /\ UNCHANGED <<clientVars, status, restarted, crashes, expiries, suspicions>>

RejectWrite(m) ==
    /\ Delivered(Service, m, "Write")
    /\ m.token < fence /\ Mutant # "accept-stale-writes"
    /\ UNCHANGED serviceVars /\ UNCHANGED msgs /\ KeepClients

\* A session nobody uses any more: its owner is down or has started over.
Orphan(s) == status[Owner(s)] # "Up" \/ session[Owner(s)] # s

\* The session is gone: its node is deleted, the watches on that node fire, its own watches go.
Expire(s) ==
    /\ Started /\ status[Service] = "Up" /\ s \in sessions
    /\ Orphan(s) \/ expiries < MaxExpiries
    /\ expiries' = IF Orphan(s) THEN expiries ELSE expiries + 1
    /\ LET gone == NodeOf(s)
           fired == {w \in watches : w.seq \in gone /\ w.session # s}
       IN /\ sessions' = sessions \ {s}
          /\ expired' = expired \cup {s}
          /\ znodes' = {z \in znodes : z.session # s}
          /\ watches' = {w \in watches : w.session # s /\ w.seq \notin gone}
          /\ msgs' = msgs \cup {ToClient("WatchFired", Owner(w.session), [session |-> w.session, seq |-> w.seq]) : w \in fired}
    /\ UNCHANGED <<nextSeq, fence, clientVars, status, histVars, crashes, suspicions>>

(***************************************************************************)
(* Faults.                                                                 *)
(***************************************************************************)

\* A client loses its volatile state (attempt is on disk); the service loses nothing (its state is durable).
Crash(n) ==
    /\ Started /\ status[n] = "Up"
    /\ crashes < MaxCrashes
    /\ crashes' = crashes + 1
    /\ status' = [status EXCEPT ![n] = "Down"]
    /\ IF n = Service
       THEN UNCHANGED <<phase, session, seq, pred, leader, leaderSeq>>
       ELSE /\ phase' = [phase EXCEPT ![n] = "Down"]
            /\ session' = [session EXCEPT ![n] = 0]
            /\ seq' = [seq EXCEPT ![n] = 0]
            /\ pred' = [pred EXCEPT ![n] = 0]
            /\ leader' = [leader EXCEPT ![n] = None]
            /\ leaderSeq' = [leaderSeq EXCEPT ![n] = 0]
    /\ UNCHANGED <<attempt, serviceVars, msgs, histVars, expiries, suspicions>>

Lose(m) == m \in msgs /\ UNCHANGED vars
Duplicate(m) == m \in msgs /\ UNCHANGED vars

ReceiveAtClient(c, m) ==
    \/ ReceiveSessionOpened(c, m) \/ ReceiveCreated(c, m) \/ ReceiveChildren(c, m)
    \/ ReceiveExistsReply(c, m) \/ ReceiveWatchFired(c, m) \/ ReceiveHeartbeatAck(c, m)
    \/ ReceiveSessionExpired(c, m)

ReceiveAtService(m) ==
    \/ ReceiveOpenSession(m) \/ ReceiveCreate(m) \/ ReceiveGetChildren(m) \/ ReceiveExists(m)
    \/ ReceiveHeartbeat(m) \/ AcceptWrite(m) \/ RejectWrite(m)

Receive(n, m) == IF n = Service THEN ReceiveAtService(m) ELSE ReceiveAtClient(n, m)

Next ==
    \/ \E n \in Node : Start(n) \/ Restart(n) \/ Crash(n)
    \/ \E c \in Client : SendHeartbeat(c) \/ SessionTimeout(c) \/ SendWrite(c)
    \/ \E s \in sessions : Expire(s)
    \/ \E m \in msgs : Receive(m.to, m)

(* Fairness: every node starts; every message that would change its        *)
(* receiver is eventually received; clients heartbeat; a session nobody    *)
(* uses is eventually expired.  Crashes, restarts, give-ups and expiries   *)
(* of sessions in use are not fair, and finitely many.                     *)
Fairness ==
    /\ \A n \in Node :
        /\ WF_vars(Start(n))
        /\ WF_vars(\E m \in msgs : m.to = n /\ Receive(n, m))
    /\ \A c \in Client : WF_vars(SendHeartbeat(c))
    /\ WF_vars(\E s \in sessions : Orphan(s) /\ Expire(s))

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Properties.                                                             *)
(***************************************************************************)

Leads(c) == status[c] = "Up" /\ phase[c] = "Leading"

\* The recipe's real guarantee: a client that leads with a live session holds the lowest node, so
\* at most one such client exists; a client that leads with an expired session is stale, and fenced.
Uniqueness == \A c \in Client : Leads(c) /\ session[c] \in sessions => seq[c] = Lowest

\* A client that leads with its session live.
LiveLeader(c) == Leads(c) /\ session[c] \in sessions

\* Every leadership the service ever named: <<lowest node, its owner>> of every listing it answered.
\* A client leads only on a listing naming its own node lowest (or, from a settled boot, as First,
\* which every initial listing names), so this holds every leadership there was, and some the
\* service named whose owner never learned it (its session went first).
Named == {<<Min(m.seqs), m.owner>> : m \in {x \in msgs : x.type = "Children" /\ x.seqs # {}}}

\* The greatest token c was ever named leader with, 0 for none.
Held(c) == LET ts == {p[1] : p \in {q \in Named : q[2] = c}} IN IF ts = {} THEN 0 ELSE Max(ts)

(***************************************************************************)
(* What the fenced resource accepted, over the history writes.  The fence *)
(* guard (a token at least the greatest accepted) makes FencedWrites true  *)
(* by construction; the other two say more, and a client that writes with  *)
(* a token it does not hold breaks them with the guard intact (mutants     *)
(* write-attempt-token and write-while-waiting).                           *)
(***************************************************************************)

\* The accepted tokens never decrease (only mutant accept-stale-writes, which drops the guard, breaks it).
FencedWrites == \A i, j \in DOMAIN writes : i < j => writes[i].token <= writes[j].token

\* (a) Tokens never decrease, and strictly increase from one writer to the next: two holders never
\* share a token.
TokensIncrease ==
    \A i, j \in DOMAIN writes : i < j =>
        /\ writes[i].token <= writes[j].token
        /\ writes[i].client # writes[j].client => writes[i].token < writes[j].token

\* (b) No write of a holder is accepted after a token higher than any it held was accepted: the
\* writer of every accepted write led with a token at least every token accepted before it.
NoLateWrite == \A i, j \in DOMAIN writes : i < j => writes[i].token <= Held(writes[j].client)

(***************************************************************************)
(* Inductive invariant (checked by MCZkRecipe3Ind): IndInv holds in every  *)
(* initial state, every step keeps it, and it implies Uniqueness,          *)
(* TokensIncrease and NoLateWrite.  Its heart is own, the session that     *)
(* created each sequence number so far (a ghost: IndInv says one exists).  *)
(* A session creates at most one node, and a node lives exactly as long    *)
(* as its session, so the nodes are own's entries whose session is live.   *)
(* A listing (Children) holds every node then alive, so a node alive now   *)
(* is in it or newer than all of it; it names the owner of its lowest      *)
(* node.  A client that leads was named with its own node lowest, so while *)
(* its session lives no node is lower (Uniqueness); it writes only that    *)
(* token, so every accepted token was named for its writer (NoLateWrite),  *)
(* and a token names one session, hence one client (TokensIncrease).       *)
(***************************************************************************)

\* The client a message concerns: the sender of a request, the receiver of an answer.
Party(m) == IF m.to = Service THEN m.from ELSE m.to

\* Session s is one that its owner has opened (sessions are numbered by the durable attempt count).
KnownSession(s) == Owner(s) \in Client /\ s \div IdLimit \in 1..attempt[Owner(s)]

\* The nodes alive: own's entries whose session is live.
LiveNodes(own) == {[seq |-> t, session |-> own[t]] : t \in {u \in DOMAIN own : own[u] \in sessions}}

\* What IndInv says of message m, but that a write's token was named for its writer.
MsgShape(own, m) ==
    /\ KnownSession(m.session) /\ Owner(m.session) = Party(m)
    /\ m.type = "Created" => m.seq \in DOMAIN own /\ own[m.seq] = m.session
    /\ m.type = "Children" =>
           /\ m.seqs \subseteq DOMAIN own
           /\ m.owner = IF m.seqs = {} THEN None ELSE Owner(own[Min(m.seqs)])
           /\ \A z \in znodes : z.seq \in m.seqs \/ \A x \in m.seqs : z.seq > x

MsgInv(own, m) == MsgShape(own, m) /\ (m.type = "Write" => <<m.token, m.from>> \in Named)

ClientInv(own, c) ==
    /\ (status[c] = "Idle") = (phase[c] = "Idle")
    /\ (status[c] = "Down") = (phase[c] = "Down")
    /\ phase[c] \notin {"Idle", "Down"} => attempt[c] >= 1 /\ session[c] = Sess(c, attempt[c])
    /\ phase[c] \in {"Listing", "Watching", "Leading"} => seq[c] \in DOMAIN own /\ own[seq[c]] = session[c]
    /\ phase[c] = "Leading" =>
           /\ <<seq[c], c>> \in Named
           /\ session[c] \in sessions => \A z \in znodes : z.seq >= seq[c]

IndInvWith(own) ==
    /\ \A t, u \in DOMAIN own : own[t] = own[u] => t = u
    /\ znodes = LiveNodes(own)
    /\ \A s \in sessions \cup expired : KnownSession(s)
    /\ \A c \in Client : ClientInv(own, c)
    /\ \A m \in msgs : MsgInv(own, m)
    /\ \A i \in DOMAIN writes : <<writes[i].token, writes[i].client>> \in Named
    /\ fence = IF writes = <<>> THEN 0 ELSE writes[Len(writes)].token
    /\ \A i, j \in DOMAIN writes : i < j => writes[i].token <= writes[j].token

IndInv == TypeOK /\ \E own \in [1..(nextSeq - 1) -> sessions \cup expired] : IndInvWith(own)

(***************************************************************************)
(* Witnesses: state predicates a passing model must reach (each is checked *)
(* as an invariant expected to fail).                                      *)
(***************************************************************************)

Contending(c) == status[c] = "Up" /\ phase[c] \in {"Creating", "Listing"}

\* Two clients compete at once: each creates its node or lists the children to learn if it is lowest.
WitnessRivals == \E c, d \in Client : c # d /\ Contending(c) /\ Contending(d)

\* A leader that wrote is gone (its node deleted: its session expired, or it gave up or crashed) and a
\* different client leads with a live session.
WitnessFailover ==
    \E c \in Client, m \in msgs : LiveLeader(c) /\ m.type = "Write" /\ m.from # c /\ m.token < seq[c]

\* A client is up again after a crash, having created a node before it.
WitnessRestart == \E c \in restarted : status[c] = "Up"

\* A client still believes it leads after its session expired, beside a leader with a live session.
WitnessStale == \E c, d \in Client : Leads(c) /\ session[c] \notin sessions /\ LiveLeader(d)

\* A write below the fence is in flight: the resource has accepted a higher token, and the guard
\* refuses this one (RejectWrite is enabled).
WitnessStaleWriteRefused == \E m \in msgs : m.type = "Write" /\ m.token < fence

(***************************************************************************)
(* Refinement of Election.tla.  The term is the fencing token, as the Java *)
(* client reports it (leaderSeq: its node's sequence number while it       *)
(* leads).  lead holds the believers whose session is live: a believer     *)
(* whose session expired (a pause, a slow clock: MaxExpiries) is outside   *)
(* the recipe's assumptions, where the simulator's Uniqueness fails by     *)
(* design (two believers, OneBeliever), and the fence is what protects     *)
(* the resource from it.  elected is Named: every token is one node's      *)
(* sequence number, so a token is never named for two clients.  Leadership *)
(* is exclusive (ZooKeeperAlgorithm.exclusiveLeadership).                  *)
(***************************************************************************)
ElectionLead == {<<leaderSeq[c], c>> : c \in {d \in Client : LiveLeader(d)}}
Abstract == INSTANCE Election WITH Exclusive <- TRUE, lead <- ElectionLead, elected <- Named
RefinesElection == Abstract!Spec

\* What a pause breaks: at most one client believes it leads.  Not an invariant of the recipe.
OneBeliever == \A c, d \in Client : Leads(c) /\ Leads(d) => c = d

Settled(l) ==
    /\ Leads(l) /\ ServiceLeader = l
    /\ \A c \in Client : status[c] = "Up" => leader[c] = l

\* After the finitely many faults, one leader is known to every live client and to the service, for good.
Termination == <>[](\E l \in Client : Settled(l))
=============================================================================
