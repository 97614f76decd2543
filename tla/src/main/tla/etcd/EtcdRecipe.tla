------------------------------ MODULE EtcdRecipe ------------------------------
(***************************************************************************)
(* The etcd election recipe (etcd's concurrency Election.Campaign) on a     *)
(* simulated etcd service, the specification of                            *)
(* impl/src/main/java/dev/electorate/impl/etcd.  The service is one node    *)
(* handling one request at a time (hence linearizable): a revision bumped  *)
(* by every write, leases granted by id and revoked on expiry with their   *)
(* keys, keys under the election prefix in create order, watches on a      *)
(* key's deletion, and the fenced resource.  A client is granted a lease,  *)
(* puts key election/<lease> if absent with the lease attached, and leads  *)
(* when no key has a lower create revision; otherwise it watches its       *)
(* predecessor (the key created last below its own) and ranges again once  *)
(* it is deleted.  When its lease expires (the service says so, or the     *)
(* client's own TTL timer runs out first) it campaigns with a new lease.   *)
(* A key is named by its lease id, Lease(c, a) = a * 1024 + c.  The        *)
(* variables and action names are the ones the Java nodes record.          *)
(*                                                                         *)
(* Network.  msgs is every message ever sent; a receipt does not consume   *)
(* it, so loss, duplication, reordering and partitions are all behaviours. *)
(* Keep-alives and their answers only move time, so they are not in msgs;  *)
(* Expire sends the Expired answer the owner's next keep-alive gets.       *)
(*                                                                         *)
(* Time.  There are no clocks.  A client may time out on its lease at any  *)
(* moment (LeaseTimeout: keep-alives lost or late).  The service expires a *)
(* lease its client has given up (crashed, or moved to a new campaign) at  *)
(* any moment; it expires one its client still relies on only as one of   *)
(* MaxPauses "pauses": with equal clock rates the client's TTL timer,      *)
(* counted from before the service's last refresh, fires first, unless the *)
(* client is paused (or its clock runs slow) and cannot give the lease up. *)
(*                                                                         *)
(* Properties.  Uniqueness is the recipe's real guarantee: a client that   *)
(* leads on a live lease holds the lowest key, so at most one does;        *)
(* Fenced: the resource never accepts a token below one it accepted.      *)
(* OneBelief (never two clients believe they lead) holds only without      *)
(* pauses: a paused leader keeps its belief after its lease expired.       *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Client,       \* the clients' ids: positive integers below 1024
    Service,      \* the service's id
    MaxAttempts,  \* campaigns per client (each with a new lease), so models are finite
    MaxCrashes,   \* Crash steps (of clients or the service) per behaviour
    MaxPauses,    \* expiries of a lease its client still relies on (a paused client) per behaviour
    Mutant,       \* "none", "skip-wait" or "accept-stale-writes"
    Observe       \* whether clients learn who leads (ReceiveLeaderIs); no guard reads what they learn,
                  \* so safety-only models leave it out (it multiplied their states by five)

VARIABLES
    cstate,     \* cstate[c]: "Idle", "Granting", "Putting", "Ranging", "Watching", "Leader", "Down"
    attempt,    \* attempt[c]: campaigns begun; the current lease is Lease(c, attempt[c]) (durable)
    rev,        \* rev[c]: the create revision of c's key (its fencing token), 0 before the put is answered
    watched,    \* watched[c]: the predecessor key c watches, 0 for none
    leader,     \* leader[c]: the client c believes leads, 0 for none
    leaderRev,  \* leaderRev[c]: that leader's token
    sstate,     \* the service: "Idle", "Up", "Down"
    revision,   \* the service's revision (durable, as all of the service's state but watches)
    granted,    \* every lease id granted so far
    leases,     \* the live leases
    keys,       \* the keys under the prefix in create order: a sequence of [key, rev]
    watches,    \* registered watches [client, lease, key] (lost when the service crashes)
    fence,      \* the greatest token the fenced resource accepted
    writes,     \* history: the writes the resource accepted, in order, as [client, token] records
    restarted,  \* history: the clients that restarted after a crash, having put a key before it
    firsts,     \* history: every [key, rev] that was ever first under the prefix, [key |-> 0, rev |-> 0] for none
    msgs,       \* every message sent so far
    crashes,    \* Crash steps taken so far
    pauses      \* expiries of relied-on leases so far

cvars == <<cstate, attempt, rev, watched, leader, leaderRev>>
svars == <<sstate, revision, granted, leases, keys, watches, fence, writes, restarted, firsts>>
vars == <<cvars, svars, msgs, crashes, pauses>>

None == 0
Base == 1024
Lease(c, a) == a * Base + c
Owner(l) == l % Base
Cur(c) == Lease(c, attempt[c])

\* "write-attempt-token" and "write-while-waiting" are mutants of the client, not of the fence: the
\* first writes with its attempt number (campaigns begun) instead of its key's create revision, the
\* second also writes, with its key's create revision, as soon as the put is answered, before it
\* knows whether a key lies below its own.
Mutants == {"none", "skip-wait", "accept-stale-writes", "write-attempt-token", "write-while-waiting"}
ASSUME Mutant \in Mutants
ASSUME Service \notin Client /\ \A c \in Client : c \in 1..(Base - 1)
ASSUME MaxAttempts \in Nat \ {0} /\ MaxCrashes \in Nat /\ MaxPauses \in Nat /\ Observe \in BOOLEAN

CStates == {"Idle", "Granting", "Putting", "Ranging", "Watching", "Leader", "Down"}
IsLease(l) == l \in Nat /\ l >= Base /\ Owner(l) \in Client
Types == {"LeaseGrant", "Granted", "Put", "PutResult", "Range", "RangeResult", "Watch", "Deleted",
          "Expired", "FencedWrite"}

\* Every message has the same fields; the ones a type does not use are 0.
Msg(t, f, d, l, k, r) == [type |-> t, from |-> f, to |-> d, lease |-> l, key |-> k, rev |-> r]
Request(t, c, l, k, r) == Msg(t, c, Service, l, k, r)
Answer(t, c, l, k, r) == Msg(t, Service, c, l, k, r)

KeySet == {keys[i].key : i \in DOMAIN keys}

\* The client of lease l still relies on it: it is its current lease and the client runs.
Relies(l) == cstate[Owner(l)] \notin {"Idle", "Down"} /\ l = Cur(Owner(l))
NoKey == [key |-> 0, rev |-> 0]
First(ks) == IF ks = <<>> THEN NoKey ELSE ks[1]
RevOf(k) == LET i == CHOOSE i \in DOMAIN keys : keys[i].key = k IN keys[i].rev

TypeOK ==
    /\ cstate \in [Client -> CStates]
    /\ attempt \in [Client -> 0..MaxAttempts]
    /\ rev \in [Client -> Nat]
    /\ \A c \in Client : watched[c] = 0 \/ IsLease(watched[c])
    /\ leader \in [Client -> Client \cup {None}]
    /\ leaderRev \in [Client -> Nat]
    /\ sstate \in {"Idle", "Up", "Down"}
    /\ revision \in Nat
    /\ leases \subseteq granted /\ \A l \in granted : IsLease(l)
    /\ \A i \in DOMAIN keys : keys[i].key \in leases /\ keys[i].rev \in 1..revision
    /\ \A i, j \in DOMAIN keys : i < j => keys[i].rev < keys[j].rev
    /\ \A w \in watches : w.client \in Client /\ IsLease(w.lease) /\ IsLease(w.key)
    /\ fence \in Nat
    /\ writes \in Seq([client : Client, token : Nat]) /\ restarted \subseteq Client
    /\ First(keys) \in firsts
    /\ \A m \in msgs : m.type \in Types /\ {m.from, m.to} \subseteq Client \cup {Service}
    /\ crashes \in 0..MaxCrashes
    /\ pauses \in 0..MaxPauses

Init ==
    /\ cstate = [c \in Client |-> "Idle"]
    /\ attempt = [c \in Client |-> 0]
    /\ rev = [c \in Client |-> 0]
    /\ watched = [c \in Client |-> 0]
    /\ leader = [c \in Client |-> None]
    /\ leaderRev = [c \in Client |-> 0]
    /\ sstate = "Idle"
    /\ revision = 0
    /\ granted = {}
    /\ leases = {}
    /\ keys = <<>>
    /\ watches = {}
    /\ fence = 0
    /\ writes = <<>>
    /\ restarted = {}
    /\ firsts = {NoKey}
    /\ msgs = {}
    /\ crashes = 0
    /\ pauses = 0

\* Every node starts at tick 0 in the simulator, before any message, timeout or fault.
Started == sstate # "Idle" /\ \A c \in Client : cstate[c] # "Idle"

(***************************************************************************)
(* Client actions, in the order of EtcdClient.java.                        *)
(***************************************************************************)

\* c campaigns with a new lease (the attempt count is on disk first); it forgets its key and its
\* watch, and stops naming itself leader.
Campaign(c) ==
    /\ attempt[c] < MaxAttempts
    /\ attempt' = [attempt EXCEPT ![c] = @ + 1]
    /\ cstate' = [cstate EXCEPT ![c] = "Granting"]
    /\ rev' = [rev EXCEPT ![c] = 0]
    /\ watched' = [watched EXCEPT ![c] = 0]
    /\ leader' = [leader EXCEPT ![c] = IF @ = c THEN None ELSE @]
    /\ leaderRev' = [leaderRev EXCEPT ![c] = IF leader[c] = c THEN 0 ELSE @]
    /\ msgs' = msgs \cup {Request("LeaseGrant", c, Lease(c, attempt[c] + 1), 0, 0)}

\* c leads with its key's create revision as fencing token, and writes to the resource at once.
Lead(c, r) ==
    /\ cstate' = [cstate EXCEPT ![c] = "Leader"]
    /\ leader' = [leader EXCEPT ![c] = c]
    /\ leaderRev' = [leaderRev EXCEPT ![c] = r]
    /\ msgs' = msgs \cup {Request("FencedWrite", c, 0, 0, IF Mutant = "write-attempt-token" THEN attempt[c] ELSE r)}

Start(c) ==
    /\ cstate[c] = "Idle"
    /\ Campaign(c)
    /\ UNCHANGED <<svars, crashes, pauses>>

\* restarted is a history no action reads: the client comes back having put a key before it crashed.
Restart(c) ==
    /\ cstate[c] = "Down"
    /\ Campaign(c)
    /\ restarted' = IF \E m \in msgs : m.type = "PutResult" /\ m.to = c THEN restarted \cup {c} ELSE restarted
    /\ UNCHANGED <<sstate, revision, granted, leases, keys, watches, fence, writes, firsts, crashes, pauses>>

Delivered(c, m, type) == Started /\ m \in msgs /\ m.to = c /\ m.type = type /\ cstate[c] \notin {"Idle", "Down"}
Mine(c, m) == m.lease = Cur(c)

ReceiveGranted(c, m) ==
    /\ Delivered(c, m, "Granted")
    /\ IF cstate[c] = "Granting" /\ Mine(c, m)
       THEN /\ cstate' = [cstate EXCEPT ![c] = "Putting"]
            /\ msgs' = msgs \cup {Request("Put", c, Cur(c), 0, 0)}
       ELSE UNCHANGED <<cstate, msgs>>
    /\ UNCHANGED <<attempt, rev, watched, leader, leaderRev, svars, crashes, pauses>>

\* The key exists with create revision m.rev: range for the last key created below it (mutant
\* "skip-wait" leads at once).
ReceivePutResult(c, m) ==
    /\ Delivered(c, m, "PutResult")
    /\ IF cstate[c] = "Putting" /\ Mine(c, m)
       THEN /\ rev' = [rev EXCEPT ![c] = m.rev]
            /\ IF Mutant = "skip-wait"
               THEN Lead(c, m.rev)
               ELSE /\ cstate' = [cstate EXCEPT ![c] = "Ranging"]
                    /\ msgs' = msgs \cup {Request("Range", c, Cur(c), 0, m.rev - 1)}
                                    \cup IF Mutant = "write-while-waiting"
                                          THEN {Request("FencedWrite", c, 0, 0, m.rev)} ELSE {}
                    /\ UNCHANGED <<leader, leaderRev>>
       ELSE UNCHANGED <<cstate, rev, leader, leaderRev, msgs>>
    /\ UNCHANGED <<attempt, watched, svars, crashes, pauses>>

Ranged(c, m) == cstate[c] = "Ranging" /\ Mine(c, m)

\* A predecessor exists: watch it for its deletion.
ReceiveRangeResult(c, m) ==
    /\ Delivered(c, m, "RangeResult")
    /\ ~(Ranged(c, m) /\ m.key = 0)
    /\ IF Ranged(c, m)
       THEN /\ watched' = [watched EXCEPT ![c] = m.key]
            /\ cstate' = [cstate EXCEPT ![c] = "Watching"]
            /\ msgs' = msgs \cup {Request("Watch", c, Cur(c), m.key, 0)}
       ELSE UNCHANGED <<watched, cstate, msgs>>
    /\ UNCHANGED <<attempt, rev, leader, leaderRev, svars, crashes, pauses>>

\* No key has a lower create revision: c leads.
BecomeLeader(c, m) ==
    /\ Delivered(c, m, "RangeResult")
    /\ Ranged(c, m) /\ m.key = 0
    /\ Lead(c, rev[c])
    /\ UNCHANGED <<attempt, rev, watched, svars, crashes, pauses>>

\* The predecessor is gone: range again (another may lie below it still).
ReceiveDeleted(c, m) ==
    /\ Delivered(c, m, "Deleted")
    /\ IF cstate[c] = "Watching" /\ Mine(c, m) /\ m.key = watched[c]
       THEN /\ watched' = [watched EXCEPT ![c] = 0]
            /\ cstate' = [cstate EXCEPT ![c] = "Ranging"]
            /\ msgs' = msgs \cup {Request("Range", c, Cur(c), 0, rev[c] - 1)}
       ELSE UNCHANGED <<watched, cstate, msgs>>
    /\ UNCHANGED <<attempt, rev, leader, leaderRev, svars, crashes, pauses>>

\* Extends the client's belief in its lease: a matter of time, which the spec does not track.
ReceiveKeepAliveOk(c) ==
    /\ Started /\ cstate[c] \notin {"Idle", "Down"}
    /\ UNCHANGED vars

ReceiveExpired(c, m) ==
    /\ Delivered(c, m, "Expired")
    /\ IF Mine(c, m)
       THEN Campaign(c)
       ELSE UNCHANGED cvars /\ UNCHANGED msgs
    /\ UNCHANGED <<svars, crashes, pauses>>

\* Who leads, as the service saw it when it answered: the first key then, f (any first key so far:
\* GetLeader and LeaderIs are not in msgs, see GetLeader).  Taken unless older than what c knows
\* (the first key's create revision only rises).
ReceiveLeaderIs(c, f) ==
    /\ Started /\ cstate[c] \notin {"Idle", "Down"} /\ f \in firsts
    /\ IF cstate[c] # "Leader" /\ f.rev >= leaderRev[c]
       THEN /\ leader' = [leader EXCEPT ![c] = Owner(f.key)]
            /\ leaderRev' = [leaderRev EXCEPT ![c] = f.rev]
       ELSE UNCHANGED <<leader, leaderRev>>
    /\ UNCHANGED <<cstate, attempt, rev, watched, svars, msgs, crashes, pauses>>

\* The keep-alive only matters for time, so it is not in msgs (the Expired answer to one sent after
\* the lease expired is sent by Expire); nor is the question who leads (see GetLeader).
SendKeepAlive(c) ==
    /\ cstate[c] \notin {"Idle", "Down"}
    /\ UNCHANGED vars

\* The client's own TTL timer ran out before a keep-alive answer extended it: campaign anew.
LeaseTimeout(c) ==
    /\ Started /\ cstate[c] \notin {"Idle", "Down"}
    /\ Campaign(c)
    /\ UNCHANGED <<svars, crashes, pauses>>

\* Sends the pending request again: it is in msgs already.
Retry(c) ==
    /\ cstate[c] \in {"Granting", "Putting", "Ranging", "Watching"}
    /\ UNCHANGED vars

\* The leader writes again with its token: in msgs already.
SendWrite(c) ==
    /\ cstate[c] = "Leader"
    /\ UNCHANGED vars

(***************************************************************************)
(* Service actions, in the order of EtcdService.java.                      *)
(***************************************************************************)

ServiceStart ==
    /\ sstate = "Idle"
    /\ sstate' = "Up"
    /\ UNCHANGED <<cvars, revision, granted, leases, keys, watches, fence, writes, restarted, firsts, msgs, crashes, pauses>>

\* Everything but the watches was on disk; live leases get a full TTL again (time: not tracked).
ServiceRestart ==
    /\ sstate = "Down"
    /\ sstate' = "Up"
    /\ UNCHANGED <<cvars, revision, granted, leases, keys, watches, fence, writes, restarted, firsts, msgs, crashes, pauses>>

Serves(m, type) == Started /\ sstate = "Up" /\ m \in msgs /\ m.to = Service /\ m.type = type

Reply(m, t, l, k, r) == msgs' = msgs \cup {Answer(t, m.from, l, k, r)}

\* A lease id is granted once: a repeated request for a live lease is answered again, a spent id refused.
Grant(m) ==
    /\ Serves(m, "LeaseGrant")
    /\ IF m.lease \notin granted
       THEN /\ granted' = granted \cup {m.lease}
            /\ leases' = leases \cup {m.lease}
            /\ Reply(m, "Granted", m.lease, 0, 0)
       ELSE /\ Reply(m, IF m.lease \in leases THEN "Granted" ELSE "Expired", m.lease, 0, 0)
            /\ UNCHANGED <<granted, leases>>
    /\ UNCHANGED <<cvars, sstate, revision, keys, watches, fence, writes, restarted, firsts, crashes, pauses>>

\* The transaction "if createRevision(key) = 0 then put(key, lease) else get(key)".
Put(m) ==
    /\ Serves(m, "Put")
    /\ IF m.lease \notin leases
       THEN /\ Reply(m, "Expired", m.lease, 0, 0)
            /\ UNCHANGED <<revision, keys>>
       ELSE IF m.lease \in KeySet
       THEN /\ Reply(m, "PutResult", m.lease, 0, RevOf(m.lease))
            /\ UNCHANGED <<revision, keys>>
       ELSE /\ revision' = revision + 1
            /\ keys' = Append(keys, [key |-> m.lease, rev |-> revision + 1])
            /\ Reply(m, "PutResult", m.lease, 0, revision + 1)
    /\ firsts' = firsts \cup {First(keys')}
    /\ UNCHANGED <<cvars, sstate, granted, leases, watches, fence, writes, restarted, crashes, pauses>>

\* The last key created at or below m.rev (the request's maxCreateRev), or none.
Range(m) ==
    /\ Serves(m, "Range")
    /\ LET below == SelectSeq(keys, LAMBDA e : e.rev <= m.rev)
       IN IF below = <<>>
          THEN Reply(m, "RangeResult", m.lease, 0, 0)
          ELSE Reply(m, "RangeResult", m.lease, below[Len(below)].key, below[Len(below)].rev)
    /\ UNCHANGED <<cvars, svars, crashes, pauses>>

\* A watch on a key already gone fires at once.
Watch(m) ==
    /\ Serves(m, "Watch")
    /\ IF m.key \in KeySet
       THEN /\ watches' = watches \cup {[client |-> m.from, lease |-> m.lease, key |-> m.key]}
            /\ UNCHANGED msgs
       ELSE /\ Reply(m, "Deleted", m.lease, m.key, 0)
            /\ UNCHANGED watches
    /\ UNCHANGED <<cvars, sstate, revision, granted, leases, keys, fence, writes, restarted, firsts, crashes, pauses>>

\* A keep-alive refreshes a live lease (time: not tracked) or is answered Expired, which Expire sent
\* already.  Keep-alives and their answers are not in msgs: l is the lease the keep-alive names.
KeepAlive(l) ==
    /\ Started /\ sstate = "Up"
    /\ UNCHANGED vars

\* The answer is the first key at this moment, which firsts holds already: a client may receive any
\* first key there ever was, in any order, any number of times, as it may receive a LeaderIs message.
\* (Keeping the questions and answers in msgs multiplied the states by the moments they are asked.)
GetLeader ==
    /\ Started /\ sstate = "Up"
    /\ UNCHANGED vars

\* The fence: a write is accepted only with a token at least the greatest accepted so far
\* (mutant "accept-stale-writes" accepts any).
AcceptWrite(m) ==
    /\ Serves(m, "FencedWrite")
    /\ m.rev >= fence \/ Mutant = "accept-stale-writes"
    /\ fence' = m.rev
    /\ LET w == [client |-> m.from, token |-> m.rev]
       IN writes' = IF writes # <<>> /\ writes[Len(writes)] = w THEN writes ELSE Append(writes, w)
    /\ UNCHANGED <<cvars, sstate, revision, granted, leases, keys, watches, restarted, firsts, msgs, crashes, pauses>>

RejectWrite(m) ==
    /\ Serves(m, "FencedWrite")
    /\ ~(m.rev >= fence \/ Mutant = "accept-stale-writes")
    /\ UNCHANGED vars

\* The lease is revoked: its key is deleted in one revision and the key's watchers are told.
Expire(l) ==
    /\ Started /\ sstate = "Up" /\ l \in leases
    /\ ~Relies(l) \/ pauses < MaxPauses
    /\ pauses' = IF Relies(l) THEN pauses + 1 ELSE pauses
    /\ leases' = leases \ {l}
    /\ IF l \in KeySet
       THEN /\ revision' = revision + 1
            /\ keys' = SelectSeq(keys, LAMBDA e : e.key # l)
            /\ watches' = {w \in watches : w.key # l}
       ELSE UNCHANGED <<revision, keys, watches>>
    /\ firsts' = firsts \cup {First(keys')}
    \* The owner's next keep-alive is answered Expired; the key's watchers are told of its deletion.
    /\ msgs' = msgs \cup {Answer("Expired", Owner(l), l, 0, 0)}
                    \cup {Answer("Deleted", w.client, w.lease, l, 0) : w \in {w \in watches : w.key = l}}
    /\ UNCHANGED <<cvars, sstate, granted, fence, writes, restarted, crashes>>

(***************************************************************************)
(* Faults.                                                                  *)
(***************************************************************************)

\* A client loses its volatile state; its attempt count is on disk.
Crash(c) ==
    /\ Started /\ cstate[c] \notin {"Idle", "Down"}
    /\ crashes < MaxCrashes
    /\ cstate' = [cstate EXCEPT ![c] = "Down"]
    /\ rev' = [rev EXCEPT ![c] = 0]
    /\ watched' = [watched EXCEPT ![c] = 0]
    /\ leader' = [leader EXCEPT ![c] = None]
    /\ leaderRev' = [leaderRev EXCEPT ![c] = 0]
    /\ crashes' = crashes + 1
    /\ UNCHANGED <<attempt, svars, msgs, pauses>>

\* The service loses its watches; the rest is on disk.
ServiceCrash ==
    /\ Started /\ sstate = "Up"
    /\ crashes < MaxCrashes
    /\ sstate' = "Down"
    /\ watches' = {}
    /\ crashes' = crashes + 1
    /\ UNCHANGED <<cvars, revision, granted, leases, keys, fence, writes, restarted, firsts, msgs, pauses>>

\* The network loses one copy of m, or delivers one more: msgs already allows both.
Lose(m) == m \in msgs /\ UNCHANGED vars
Duplicate(m) == m \in msgs /\ UNCHANGED vars

ClientReceive(c, m) ==
    \/ ReceiveGranted(c, m)
    \/ ReceivePutResult(c, m)
    \/ ReceiveRangeResult(c, m)
    \/ BecomeLeader(c, m)
    \/ ReceiveDeleted(c, m)
    \/ ReceiveExpired(c, m)

ServiceReceive(m) ==
    \/ Grant(m) \/ Put(m) \/ Range(m) \/ Watch(m)
    \/ AcceptWrite(m) \/ RejectWrite(m)

\* The receipts that may change a variable; the others are stuttering steps, left out of Next so
\* TLC does not generate them.  Next also leaves out the service's answers to requests of a campaign
\* its client has left (a new lease, or crashed): the client ignores them, so they change no client's
\* behaviour, and they multiplied the states.  Trace validation uses the actions themselves.
Useful(m) ==
    IF m.to # Service
    THEN /\ m.lease = Cur(m.to)
         /\ CASE m.type = "Granted" -> cstate[m.to] = "Granting"
              [] m.type = "PutResult" -> cstate[m.to] = "Putting"
              [] m.type = "RangeResult" -> cstate[m.to] = "Ranging"
              [] m.type = "Deleted" -> cstate[m.to] = "Watching" /\ m.key = watched[m.to]
              [] OTHER -> TRUE
    \* A write of the fence's token changes nothing unless another client wrote that token last (only
    \* a client mutant writes another's token).
    ELSE IF m.type = "FencedWrite"
         THEN ~(m.rev = fence /\ writes # <<>> /\ writes[Len(writes)] = [client |-> m.from, token |-> m.rev])
    \* Requests of a campaign its client has left only beget answers the client ignores.
    ELSE /\ Relies(m.lease)
         /\ CASE m.type = "LeaseGrant" -> m.lease \notin granted
              [] m.type = "Put" -> m.lease \in leases /\ m.lease \notin KeySet
              [] OTHER -> TRUE

\* The action that receives m (one per message type, or the two that split a type's cases).
Receive(m) ==
    LET c == m.to IN
    CASE m.type = "Granted" -> ReceiveGranted(c, m)
      [] m.type = "PutResult" -> ReceivePutResult(c, m)
      [] m.type = "RangeResult" -> ReceiveRangeResult(c, m) \/ BecomeLeader(c, m)
      [] m.type = "Deleted" -> ReceiveDeleted(c, m)
      [] m.type = "Expired" -> ReceiveExpired(c, m)
      [] m.type = "LeaseGrant" -> Grant(m)
      [] m.type = "Put" -> Put(m)
      [] m.type = "Range" -> Range(m)
      [] m.type = "Watch" -> Watch(m)
      [] m.type = "FencedWrite" -> AcceptWrite(m) \/ RejectWrite(m)

\* Retry, SendWrite, SendKeepAlive, ReceiveKeepAliveOk, KeepAlive and GetLeader change no variable:
\* they are stuttering steps, left out of Next (trace validation matches them).
Next ==
    \/ \E c \in Client :
        \/ Start(c) \/ Restart(c) \/ Crash(c) \/ LeaseTimeout(c)
        \/ Observe /\ \E f \in firsts : ReceiveLeaderIs(c, f)
    \/ ServiceStart \/ ServiceRestart \/ ServiceCrash
    \/ \E l \in leases : Expire(l)
    \/ \E m \in msgs : Useful(m) /\ Receive(m)

(* Fairness: every node starts; every message that would change its        *)
(* receiver is eventually delivered; clients keep asking who leads; the     *)
(* service expires every lease nobody relies on.  Receipts that change      *)
(* nothing are stuttering steps, so per-node fairness suffices.  Crashes,   *)
(* restarts, lease timeouts and expiries of relied-on leases are not fair,  *)
(* and finitely many (MaxCrashes, MaxAttempts, MaxPauses).                  *)
Fairness ==
    /\ WF_vars(ServiceStart)
    /\ WF_vars(\E m \in msgs : m.to = Service /\ Useful(m) /\ Receive(m))
    /\ WF_vars(\E l \in leases : ~Relies(l) /\ Expire(l))
    /\ \A c \in Client :
        /\ WF_vars(Start(c))
        /\ WF_vars((\E m \in msgs : m.to = c /\ Useful(m) /\ Receive(m)) \/ \E f \in firsts : ReceiveLeaderIs(c, f))

Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Properties.                                                              *)
(***************************************************************************)

\* c leads on a lease the service still holds live.
Leads(c) == cstate[c] = "Leader" /\ Cur(c) \in leases

\* The recipe's guarantee: a client that leads on a live lease holds the lowest key under the prefix
\* (so at most one client does), whatever pauses and clocks do.
Uniqueness ==
    \A c \in Client : Leads(c) => keys # <<>> /\ keys[1] = [key |-> Cur(c), rev |-> rev[c]]

\* Every leadership the service ever named: <<create revision, owner>> of every key that was ever
\* first under the prefix.
Named == {<<f.rev, Owner(f.key)>> : f \in firsts \ {NoKey}}

\* Every leadership a client was told it has: <<its key's create revision, the client>> for every
\* range answered with no key below the client's own (BecomeLeader).  A key deleted before its range
\* was answered leaves no key below it either: see LeadersNamed.
Believed == {<<p.rev, p.to>> : p \in {x \in msgs : x.type = "PutResult" /\
                 \E r \in msgs : r.type = "RangeResult" /\ r.to = x.to /\ r.lease = x.lease /\ r.key = 0}}

Max(S) == CHOOSE x \in S : \A y \in S : x >= y

\* The greatest token c was ever told it leads with, 0 for none.
Held(c) == LET ts == {p[1] : p \in {q \in Believed : q[2] = c}} IN IF ts = {} THEN 0 ELSE Max(ts)

(***************************************************************************)
(* What the fenced resource accepted, over the history writes.  The fence *)
(* guard (a token at least the one accepted last) makes Fenced true by     *)
(* construction; the other two say more, and a client that writes with a   *)
(* token it does not hold breaks them with the guard intact (mutants       *)
(* write-attempt-token and write-while-waiting).                           *)
(***************************************************************************)

\* The fenced resource never accepts a token below one it accepted before.
Fenced == \A i, j \in DOMAIN writes : i < j => writes[i].token <= writes[j].token

\* (a) Tokens never decrease, and strictly increase from one writer to the next: two holders never
\* share a token.
TokensIncrease ==
    \A i, j \in DOMAIN writes : i < j =>
        /\ writes[i].token <= writes[j].token
        /\ writes[i].client # writes[j].client => writes[i].token < writes[j].token

\* (b) No write of a holder is accepted after a token higher than any it held was accepted: the
\* writer of every accepted write was told it leads with a token at least every token accepted before.
NoLateWrite == \A i, j \in DOMAIN writes : i < j => writes[i].token <= Held(writes[j].client)

\* Every client that believes it leads holds a key that was first under the prefix.  Not an invariant
\* of the recipe: a client whose lease expires under it (a pause) after its put, and whose every
\* predecessor goes too, finds no key below its own and leads on a key already deleted, one that was
\* never first (MCEtcdRecipe3Phantom).  Its token is still higher than every earlier one, so the fence
\* keeps the order of writes; but it writes as a leader it never was.  The client does not check that
\* its own key still exists before it leads (nor does EtcdClient.java).
LeadersNamed == \A c \in Client : cstate[c] = "Leader" => <<rev[c], c>> \in Named

\* Never two clients believe they lead at once: true only when no lease expires under a client that
\* still relies on it (MaxPauses = 0).
OneBelief == Cardinality({c \in Client : cstate[c] = "Leader"}) <= 1

Settled(c) ==
    /\ cstate[c] = "Leader" /\ sstate = "Up"
    /\ keys # <<>> /\ Owner(keys[1].key) = c
    /\ \A d \in Client : cstate[d] # "Down" => leader[d] = c

\* After the (finitely many) faults, one leader is known to every live client and the service, for good.
Termination == <>[](\E c \in Client : Settled(c))

(***************************************************************************)
(* Inductive invariant (checked by MCEtcdRecipe3Ind): IndInv holds in      *)
(* every initial state, every step keeps it, and it implies Uniqueness,    *)
(* Fenced, TokensIncrease and NoLateWrite.  No ghost is needed: a Put that *)
(* creates a key answers PutResult at once and msgs keeps every message,   *)
(* so the PutResult answers are the record of every key ever created       *)
(* (Created).  A lease creates at most one key (a lease id is granted      *)
(* once, and its key dies with it) and a revision creates at most one key, *)
(* so a create revision names one lease, hence one client, however the     *)
(* revisions skip (every deletion takes one too).  A range answered with   *)
(* no key below a lease's own (the first of the two answers a client leads *)
(* on, with its PutResult) stays true: later keys get higher revisions.    *)
(* So a leader whose lease lives holds the lowest key (Uniqueness); it     *)
(* writes only the token it was told it leads with, so every accepted      *)
(* token is Believed of its writer (NoLateWrite), and a token names one    *)
(* client (TokensIncrease).                                                *)
(***************************************************************************)

\* Every key ever created, as [key, rev]: the PutResult answers.
Created == {[key |-> p.lease, rev |-> p.rev] : p \in {m \in msgs : m.type = "PutResult"}}
CreatedLeases == {k.key : k \in Created}
CreateRev(l) == (CHOOSE k \in Created : k.key = l).rev

\* The client a message concerns: the sender of a request, the receiver of an answer.
Party(m) == IF m.to = Service THEN m.from ELSE m.to

\* Lease l is one its owner has campaigned with (lease ids count the durable attempts).
Known(l) == IsLease(l) /\ l \div Base \in 1..attempt[Owner(l)]

\* Lease k's key was created before lease l's.
Below(k, l) == k \in CreatedLeases /\ l \in CreatedLeases /\ CreateRev(k) < CreateRev(l)

\* A range for lease l was answered with no key below l's own: l's client may lead on it.
Clear(l) == \E m \in msgs : m.type = "RangeResult" /\ m.lease = l /\ m.key = 0

\* No live key lies below lease l's key.
Lowest(l) == \A i \in DOMAIN keys : keys[i].rev >= CreateRev(l)

MsgInv(m) ==
    /\ m.type # "FencedWrite" => Known(m.lease) /\ Owner(m.lease) = Party(m)
    /\ m.type = "FencedWrite" => <<m.rev, m.from>> \in Believed
    /\ m.type = "Range" => m.lease \in CreatedLeases /\ m.rev = CreateRev(m.lease) - 1
    /\ m.type = "RangeResult" =>
           IF m.key = 0 THEN m.lease \in CreatedLeases /\ Lowest(m.lease)
           ELSE Below(m.key, m.lease) /\ m.rev = CreateRev(m.key)
    /\ m.type \in {"Watch", "Deleted"} => Below(m.key, m.lease)

ClientInv(c) ==
    /\ cstate[c] \notin {"Idle", "Down"} => attempt[c] >= 1
    /\ IF cstate[c] \in {"Ranging", "Watching", "Leader"}
       THEN Cur(c) \in CreatedLeases /\ rev[c] = CreateRev(Cur(c))
       ELSE rev[c] = 0
    /\ cstate[c] = "Watching" => Below(watched[c], Cur(c))
    /\ cstate[c] = "Leader" => Clear(Cur(c))

IndInv ==
    /\ TypeOK
    \* One key per lease, one lease per revision, each below the service's revision.
    /\ \A k, j \in Created : (k.key = j.key) = (k.rev = j.rev)
    /\ \A k \in Created : k.rev \in 1..revision /\ k.key \in granted
    \* The keys are the created keys whose lease lives.
    /\ \A i \in DOMAIN keys : keys[i] \in Created
    /\ \A k \in Created : k.key \in leases => \E i \in DOMAIN keys : keys[i] = k
    /\ \A l \in granted : Known(l)
    /\ \A w \in watches : Owner(w.lease) = w.client /\ Known(w.lease) /\ Below(w.key, w.lease)
    /\ \A f \in firsts : f = NoKey \/ IsLease(f.key)
    /\ \A c \in Client : ClientInv(c)
    /\ \A m \in msgs : MsgInv(m)
    /\ \A i \in DOMAIN writes : <<writes[i].token, writes[i].client>> \in Believed
    /\ \A i, j \in DOMAIN writes : i < j => writes[i].token <= writes[j].token
    /\ fence = IF writes = <<>> THEN 0 ELSE writes[Len(writes)].token

(***************************************************************************)
(* Witnesses: state predicates a passing model must reach (each is checked *)
(* as an invariant expected to fail).                                      *)
(***************************************************************************)

Contending(c) == cstate[c] \in {"Putting", "Ranging"}

\* Two clients compete at once: each puts its key or ranges for a key below its own.
WitnessRivals == \E c, d \in Client : c # d /\ Contending(c) /\ Contending(d)

\* A client that led (its write is sent when it leads) has a lower key than the client leading now on
\* a live lease: its key is gone (its lease expired, under a pause, a timeout or a crash).
WitnessFailover ==
    \E c \in Client, m \in msgs : Leads(c) /\ m.type = "FencedWrite" /\ m.from # c /\ m.rev < rev[c]

\* A client runs again after a crash, having put a key before it.
WitnessRestart == \E c \in restarted : cstate[c] \notin {"Idle", "Down"}

\* A client still believes it leads after its lease expired, beside a client leading on a live lease.
WitnessStale == \E c, d \in Client : cstate[c] = "Leader" /\ Cur(c) \notin leases /\ Leads(d)

\* A write below the fence is in flight: the guard refuses it (RejectWrite is enabled).
WitnessStaleWriteRefused == \E m \in msgs : m.type = "FencedWrite" /\ m.rev < fence

\* A client leads on a key that was never first (see LeadersNamed).
WitnessPhantomLeader == \E c \in Client : cstate[c] = "Leader" /\ <<rev[c], c>> \notin Named

(***************************************************************************)
(* Refinement of Election.tla.  The term is the fencing token, as the Java *)
(* client reports it (rev: its key's create revision while it leads).      *)
(* lead holds the clients leading on a live lease: a believer whose lease  *)
(* expired under it (a pause, a slow clock: MaxPauses) is outside the      *)
(* recipe's assumptions, where the simulator's Uniqueness fails by design  *)
(* (two believers, OneBelief), and the fence is what protects the          *)
(* resource from it.  elected is Named: a create revision names one key.   *)
(* Leadership is exclusive (EtcdRecipeAlgorithm.exclusiveLeadership).      *)
(***************************************************************************)
ElectionLead == {<<rev[c], c>> : c \in {d \in Client : Leads(d)}}
Abstract == INSTANCE Election WITH Exclusive <- TRUE, lead <- ElectionLead, elected <- Named
RefinesElection == Abstract!Spec
=============================================================================
