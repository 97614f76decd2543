---- MODULE MCZkRecipe3Ind ----
(***************************************************************************)
(* IndInv (ZkRecipe.tla) is inductive and implies Uniqueness,              *)
(* TokensIncrease and NoLateWrite.  The initial states are every state of  *)
(* the domain below that satisfies IndInv; TLC takes one step of Next from *)
(* each (the constraint OneStep stops it there) and checks IndInv and the  *)
(* three properties on every successor.  MCZkRecipe3 and MCZkRecipe3Free   *)
(* check IndInv on every reachable state, so it holds initially too.       *)
(*                                                                         *)
(* The domain, the service (3) and clients 1 and 2:                        *)
(*  - sessions Sess(c, a) for attempts a up to MaxAttempt (2), each live,   *)
(*    expired or not yet opened; sequence numbers up to MaxSeq (3), each   *)
(*    created by any session (own, IndInv's ghost), the nodes own's live   *)
(*    entries; every node up or down;                                      *)
(*  - each client connecting, creating, listing or watching (with any      *)
(*    predecessor up to its node), leading, or down, in its latest session; *)
(*  - at most MaxMsgs (2) messages, each of any type and content IndInv     *)
(*    allows, or (Receiving) one message of any such type and content with  *)
(*    the listings that name the leaders;                                  *)
(*  - at most MaxWrites (2) accepted writes, the fence any token at least  *)
(*    theirs.                                                              *)
(* Fixed: leader and leaderSeq (None, 0: read by no guard, written only    *)
(* from themselves and from messages), HeartbeatAck's leader fields (read  *)
(* only into those), watches (empty: read only by Expire, to send          *)
(* WatchFired messages, which any content of makes a PredecessorGone step  *)
(* that a WatchFired message of the domain takes as well); the counters at *)
(* 0 with budgets of 1, so every Crash, Expire and SessionTimeout is       *)
(* enabled; restarted empty (a history no action reads).                   *)
(*                                                                         *)
(* Why it suffices.  A step is a step of one client, of the service on one *)
(* message, an expiry or a fault; it reads at most one message, and only   *)
(* adds messages.  Every conjunct of IndInv speaks of one client, one      *)
(* message or one accepted write, the service's state, and of Named       *)
(* (which only grows); so a step that breaks a conjunct from any state of  *)
(* IndInv breaks it from the state cut down to the message received, the   *)
(* message or client the conjunct speaks of, and the listings its Named    *)
(* facts come from, and the cut satisfies IndInv.                          *)
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

IndSpec == IndInit /\ [][Next]_vars

\* Initial states are at level 1: explore their successors (level 2), and no further.
OneStep == TLCGet("level") < 2

IndImpliesProperties == IndInv => Uniqueness /\ TokensIncrease /\ NoLateWrite
====
