---- MODULE MCZkRecipe3Ind ----
(***************************************************************************)
(* IndInv (ZkRecipe.tla) is inductive and implies Uniqueness,              *)
(* TokensIncrease and NoLateWrite.  The initial states are every state of  *)
(* the domain below that satisfies IndInv; TLC takes one step of Next from *)
(* each (IndNext stops it there) and checks IndInv and the three           *)
(* properties on every successor.  MCZkRecipe3 and MCZkRecipe3Free         *)
(* check IndInv on every reachable state, so it holds initially too.       *)
(*                                                                         *)
(* The domain (MCZkRecipe3Ind.cfg), the service (3), up, and clients 1     *)
(* and 2:                                                                  *)
(*  - sessions Sess(c, a) for attempts a up to MaxAttempt (1; the config's *)
(*    larger values give client 1 more), each live, expired or not yet     *)
(*    opened; sequence numbers up to MaxSeq (2), each created by any       *)
(*    session (own, IndInv's ghost), the nodes own's live entries;         *)
(*  - each client connecting, creating, listing or watching (with any      *)
(*    predecessor up to its node), leading, or down, in its latest session;*)
(*  - msgs: for a set T of tokens no live node is below, the listing that  *)
(*    names each (Canon), and at most MaxMsgs (1) more message of any type *)
(*    and content IndInv allows (heartbeats, their answers and exists      *)
(*    requests and replies left out: see below); a leader's token is in T; *)
(*    when that message is an answer to a client other than a listing, the *)
(*    other client is connecting (the answer changes its receiver alone);  *)
(*  - at most MaxWrites (1) accepted write, of a token of T; the fence its *)
(*    token.                                                               *)
(* Fixed: leader and leaderSeq (None, 0: read by no guard, written only    *)
(* from themselves and from messages), watches (empty: read only by        *)
(* Expire, to send WatchFired messages, whose receipt the domain's own     *)
(* WatchFired messages check); the counters at 0 with budgets of 1, so     *)
(* every Crash, Expire and SessionTimeout is enabled; restarted empty (a   *)
(* history no action reads).  The service down only disables the           *)
(* service's steps (Restart(Service) changes status alone, read by no      *)
(* conjunct).  Left out of msgs: Heartbeat, HeartbeatAck, Exists and       *)
(* ExistsReply; their receipt changes only watches, leader, leaderSeq, a   *)
(* watching client into a listing one (as WatchFired does), or sends       *)
(* another of them: IndInv reads none of these but the phase, and it says  *)
(* the same of a listing and a watching client.                            *)
(*                                                                         *)
(* Why it suffices.  A step is a step of one client, of the service on one *)
(* message, an expiry or a fault; it reads at most one message, and only   *)
(* adds messages and writes.  Every conjunct of IndInv speaks of one       *)
(* client, one message, one or two accepted writes, the service's state,   *)
(* and of Named (which only grows); so a step that breaks a conjunct from  *)
(* any state of IndInv breaks it from the state cut down to the message    *)
(* received, the message, client or write the conjunct speaks of, and the  *)
(* listings its Named facts come from; such a cut satisfies IndInv, and a  *)
(* listing naming t can be taken to hold t alone, since no node below a    *)
(* named token lives again.  The domain's bounds are what TLC checks in    *)
(* the default build's budget; MCZkRecipe3IndTwoSessions (long suite)      *)
(* gives client 1 a second session.  Sequence numbers above 2, a second    *)
(* session of both clients and two accepted writes at once are not         *)
(* covered.                                                                *)
(*                                                                         *)
(* Not vacuous: MCZkRecipe3IndWeak takes the properties alone for IndInv   *)
(* and TLC finds a step out of them; MCZkRecipe3Ind_WriteWhileWaiting      *)
(* checks IndInv against the client mutant write-while-waiting and TLC     *)
(* finds the step that breaks it.                                          *)
(***************************************************************************)
EXTENDS ZkRecipe, TLC

CONSTANTS MaxAttempt, MaxSeq, MaxMsgs, MaxWrites, Strength

ASSUME Client = {1, 2} /\ MaxMsgs \in 0..1 /\ MaxWrites \in 0..2 /\ Strength \in {"ind", "weak"}

\* Client 1 may have opened MaxAttempt sessions, client 2 one (the clients play alike: only sequence
\* numbers order them).
Attempts(c) == IF c = 1 THEN 1..MaxAttempt ELSE 1..1
AllSess == UNION {{Sess(c, a) : a \in Attempts(c)} : c \in Client}
SeqNums == 1..MaxSeq

\* Every message of session s that the spec can send.
SessionMsgs(s) ==
    LET c == Owner(s) IN
    {ToService(t, c, [session |-> s]) : t \in {"OpenSession", "Create", "GetChildren"}}
    \cup {ToClient(t, c, [session |-> s]) : t \in {"SessionOpened", "SessionExpired"}}
    \cup {ToService("Write", c, [session |-> s, token |-> q]) : q \in SeqNums}
    \cup {ToClient("Created", c, [session |-> s, seq |-> q]) : q \in SeqNums}
    \cup {ToClient("Children", c, [session |-> s, seqs |-> S, owner |-> o]) : S \in SUBSET SeqNums, o \in Client \cup {None}}
    \cup {ToClient("WatchFired", c, [session |-> s, seq |-> q]) : q \in SeqNums}

Phases == {"Connecting", "Creating", "Listing", "Watching", "Leading", "Down"}

\* What client c may be doing, as <<phase, seq, pred>>, given own.
ClientStates(c, own) ==
    {t \in Phases \X ({0} \cup SeqNums) \X ({0} \cup SeqNums) :
        IF t[1] \in {"Listing", "Watching", "Leading"}
        THEN /\ t[2] \in DOMAIN own /\ own[t[2]] = Sess(c, attempt[c])
             /\ IF t[1] = "Leading" THEN t[3] = t[2] ELSE t[3] \in 1..t[2]
        ELSE t[2] = 0 /\ t[3] = 0}

\* The listing that names token t for the owner of its node: its node alone, so it holds of every
\* state where no node below t lives (as after any listing that named t).
Canon(own, t) ==
    ToClient("Children", Owner(own[t]), [session |-> own[t], seqs |-> {t}, owner |-> Owner(own[t])])

\* Accepted writes: at most MaxWrites, of the tokens named in T, in order.
Histories(own, T) ==
    LET W == {[client |-> Owner(own[t]), token |-> t] : t \in T}
    IN {<<>>} \cup {<<w>> : w \in W}
       \cup IF MaxWrites = 2 THEN {<<v, w>> : v, w \in W} ELSE {}

Domain ==
    /\ crashes = 0 /\ expiries = 0 /\ suspicions = 0 /\ restarted = {}
    /\ leader = [c \in Client |-> None] /\ leaderSeq = [c \in Client |-> 0]
    /\ watches = {}
    /\ \E a1 \in Attempts(1) : attempt = (1 :> a1) @@ (2 :> 1)
    /\ sessions \in SUBSET {s \in AllSess : KnownSession(s)}
    /\ expired \in SUBSET {s \in AllSess \ sessions : KnownSession(s)}
    /\ nextSeq \in 1..(MaxSeq + 1)
    /\ \E own \in [1..(nextSeq - 1) -> sessions \cup expired] :
        /\ \A t, u \in DOMAIN own : own[t] = own[u] => t = u
        /\ znodes = LiveNodes(own)
        /\ \E T \in SUBSET {t \in DOMAIN own : \A z \in znodes : z.seq >= t} :
            /\ \E t1 \in ClientStates(1, own), t2 \in ClientStates(2, own) :
                /\ t1[1] = "Leading" => t1[2] \in T
                /\ t2[1] = "Leading" => t2[2] \in T
                /\ phase = (1 :> t1[1]) @@ (2 :> t2[1])
                /\ seq = (1 :> t1[2]) @@ (2 :> t2[2])
                /\ pred = (1 :> t1[3]) @@ (2 :> t2[3])
                /\ status = [n \in Node |-> IF n # Service /\ phase[n] = "Down" THEN "Down" ELSE "Up"]
                /\ session = [c \in Client |-> IF phase[c] = "Down" THEN 0 ELSE Sess(c, attempt[c])]
            /\ LET U == {m \in UNION {SessionMsgs(s) : s \in {x \in AllSess : KnownSession(x)}} :
                            Strength = "weak" \/ MsgShape(own, m)}
                   J == {Canon(own, t) : t \in T}
               IN msgs \in {J} \cup IF MaxMsgs = 1 THEN {J \cup {m} : m \in U} ELSE {}
            \* An answer to client c changes c alone: the other client is then connecting.
            /\ \A m \in msgs : m.to # Service /\ m.type # "Children" =>
                   \A d \in Client \ {m.to} : phase[d] = "Connecting"
            /\ writes \in Histories(own, T)
            /\ fence = IF writes = <<>> THEN 0 ELSE writes[Len(writes)].token

\* The candidate invariant: IndInv, or (Strength "weak") the properties alone.
WeakInv == TypeOK /\ Uniqueness /\ TokensIncrease /\ NoLateWrite
Candidate == IF Strength = "ind" THEN IndInv ELSE WeakInv

IndInit == Domain /\ Candidate

\* Initial states are at level 1: a step only from them, so TLC checks their successors and computes
\* no successor of those.
IndNext == TLCGet("level") = 1 /\ Next

IndSpec == IndInit /\ [][IndNext]_vars

IndImpliesProperties == IndInv => Uniqueness /\ TokensIncrease /\ NoLateWrite
====
