---- MODULE MCEtcdRecipe3Ind ----
(***************************************************************************)
(* IndInv (EtcdRecipe.tla) is inductive and implies Uniqueness, Fenced,    *)
(* TokensIncrease and NoLateWrite.  The initial states are every state of  *)
(* the domain below that satisfies IndInv; TLC takes one step of Next from *)
(* each (IndNext stops it there) and checks IndInv and the four properties *)
(* on every successor.  MCEtcdRecipe3, MCEtcdRecipe3Pause and              *)
(* MCEtcdRecipe4 check IndInv on every reachable state, so it holds        *)
(* initially too.                                                          *)
(*                                                                         *)
(* The domain (MCEtcdRecipe3Ind.cfg), the service (3), up, and clients 1   *)
(* and 2 (N=3):                                                            *)
(*  - leases Lease(c, a) for attempts a up to MaxAttempt (1; more gives    *)
(*    client 1 more), each not granted, live or expired; the service's     *)
(*    revision up to MaxRev (2; 3 in MCEtcdRecipe3IndRev3, long suite),    *)
(*    any subset of the granted leases having created a key, at any        *)
(*    distinct revisions up to it (so revisions skip                       *)
(*    as deletions make them), the keys those of live leases in create     *)
(*    order;                                                               *)
(*  - each client granting, putting, ranging, watching (any key created    *)
(*    below its own), leading, or down, on its latest lease;               *)
(*  - msgs: the PutResult of every created key, the RangeResult with no    *)
(*    key below for each lease of a set T of created leases no live key    *)
(*    is below (a leader's lease is in T), and at most MaxMsgs (1) more    *)
(*    message of any type and content IndInv allows; when that message is  *)
(*    an answer to a client (a Granted, Expired, RangeResult naming a key  *)
(*    or Deleted), the other client is granting: the answer changes its    *)
(*    receiver alone;                                                      *)
(*  - at most MaxWrites (1) accepted write, of a token of T; the fence its *)
(*    token.                                                               *)
(* Fixed: leader and leaderRev (None, 0: read by no guard, written only    *)
(* from themselves and from firsts), firsts (the empty and the current     *)
(* first key: read only by ReceiveLeaderIs), watches (empty: read only by  *)
(* Expire, to send Deleted messages, whose receipt the domain's own        *)
(* Deleted messages check), watched (0 but while watching), restarted      *)
(* (empty: a history no action reads); the counters at 0 with budgets of   *)
(* 1, so every Crash, ServiceCrash and Expire is enabled.  The service     *)
(* down or idle only disables the service's steps (ServiceRestart changes  *)
(* sstate alone, read by no conjunct); idle clients are left out (Start is *)
(* Campaign, checked from every other state).                              *)
(*                                                                         *)
(* Why it suffices.  A step is a step of one client, of the service on one *)
(* message, an expiry or a fault; it reads at most one message, and only   *)
(* adds messages and writes.  Every conjunct of IndInv speaks of one       *)
(* client, one message, one or two accepted writes or created keys, and of *)
(* the service's keys and leases; so a step that breaks a conjunct from    *)
(* any state of IndInv breaks it from the state cut down to the message    *)
(* received, the message, client, write or key the conjunct speaks of, and *)
(* the PutResult and RangeResult answers its Created and Believed facts    *)
(* come from; such a cut satisfies IndInv.  Revisions above 3 (above 2 in  *)
(* the default build), a second lease of both clients, two accepted writes *)
(* at once and two messages besides the answers are not covered.          *)
(*                                                                         *)
(* Not vacuous: MCEtcdRecipe3IndWeak takes the properties alone for IndInv *)
(* and TLC finds a step out of them; MCEtcdRecipe3Ind_WriteWhileWaiting    *)
(* checks IndInv against the client mutant write-while-waiting and TLC     *)
(* finds the step that breaks it.                                          *)
(***************************************************************************)
EXTENDS EtcdRecipe, TLC

CONSTANTS MaxAttempt, MaxRev, MaxMsgs, MaxWrites, Strength

ASSUME Client = {1, 2} /\ MaxAttempts > MaxAttempt /\ MaxMsgs \in 0..1 /\ MaxWrites \in 0..2
ASSUME Strength \in {"ind", "weak"}

\* Client 1 may have campaigned MaxAttempt times, client 2 once (the clients play alike: only
\* revisions order them).
Attempts(c) == IF c = 1 THEN 1..MaxAttempt ELSE 1..1
AllLeases == UNION {{Lease(c, a) : a \in Attempts(c)} : c \in Client}

\* The keys of set K in create order.
InOrder(K) == CHOOSE s \in [1..Cardinality(K) -> K] : \A i, j \in DOMAIN s : i < j => s[i].rev < s[j].rev

\* What client c may be doing, as <<cstate, rev, watched>>, given the create revisions cr and the
\* leases T a client may lead on.
ClientStates(c, cr, T) ==
    LET l == Cur(c) IN
    {<<s, 0, 0>> : s \in {"Granting", "Putting", "Down"}}
    \cup IF l \in DOMAIN cr
         THEN {<<"Ranging", cr[l], 0>>}
              \cup {<<"Watching", cr[l], w>> : w \in {k \in DOMAIN cr : cr[k] < cr[l]}}
              \cup IF l \in T THEN {<<"Leader", cr[l], 0>>} ELSE {}
         ELSE {}

\* Every message IndInv allows besides the PutResults and the clear RangeResults (those are fixed by
\* cr and T), given the create revisions cr and T.
OtherMsgs(cr, T) ==
    LET ls == {l \in AllLeases : Known(l)}
        made == DOMAIN cr
        below == {kl \in made \X made : cr[kl[1]] < cr[kl[2]]}
    IN {Request(t, Owner(l), l, 0, 0) : t \in {"LeaseGrant", "Put"}, l \in ls}
       \cup {Answer(t, Owner(l), l, 0, 0) : t \in {"Granted", "Expired"}, l \in ls}
       \cup {Request("Range", Owner(l), l, 0, cr[l] - 1) : l \in made}
       \cup {Answer("RangeResult", Owner(kl[2]), kl[2], kl[1], cr[kl[1]]) : kl \in below}
       \cup {Request("Watch", Owner(kl[2]), kl[2], kl[1], 0) : kl \in below}
       \cup {Answer("Deleted", Owner(kl[2]), kl[2], kl[1], 0) : kl \in below}
       \cup {Request("FencedWrite", Owner(l), 0, 0, cr[l]) : l \in T}

Domain ==
    /\ crashes = 0 /\ pauses = 0 /\ restarted = {} /\ sstate = "Up"
    /\ leader = [c \in Client |-> None] /\ leaderRev = [c \in Client |-> 0]
    /\ watches = {}
    /\ \E a1 \in Attempts(1) : attempt = (1 :> a1) @@ (2 :> 1)
    /\ granted \in SUBSET {l \in AllLeases : Known(l)}
    /\ leases \in SUBSET granted
    /\ revision \in 0..MaxRev
    /\ \E made \in SUBSET granted : \E cr \in [made -> 1..revision] :
        /\ \A k, l \in made : cr[k] = cr[l] => k = l
        /\ keys = InOrder({[key |-> l, rev |-> cr[l]] : l \in made \cap leases})
        /\ firsts = {NoKey, First(keys)}
        \* The leases a client may lead on: no live key below (any created lease, for the weak check).
        /\ \E T \in SUBSET {l \in made : Strength = "weak" \/ \A k \in made \cap leases : cr[k] >= cr[l]} :
            /\ \E t1 \in ClientStates(1, cr, T), t2 \in ClientStates(2, cr, T) :
                /\ cstate = (1 :> t1[1]) @@ (2 :> t2[1])
                /\ rev = (1 :> t1[2]) @@ (2 :> t2[2])
                /\ watched = (1 :> t1[3]) @@ (2 :> t2[3])
            /\ LET J == {Answer("PutResult", Owner(l), l, 0, cr[l]) : l \in made}
                        \cup {Answer("RangeResult", Owner(l), l, 0, 0) : l \in T}
               IN msgs \in {J} \cup IF MaxMsgs = 1 THEN {J \cup {m} : m \in OtherMsgs(cr, T)} ELSE {}
            \* An answer to client c changes c alone (and sends a request of c): the other client is then
            \* granting.
            /\ \A m \in msgs : m.to # Service /\ m.type # "PutResult" /\ ~(m.type = "RangeResult" /\ m.key = 0) =>
                   \A d \in Client \ {m.to} : cstate[d] = "Granting"
            /\ LET W == {[client |-> Owner(l), token |-> cr[l]] : l \in T}
               IN writes \in {<<>>} \cup {<<w>> : w \in W}
                             \cup IF MaxWrites = 2 THEN {<<v, w>> : v, w \in W} ELSE {}
            /\ fence = IF writes = <<>> THEN 0 ELSE writes[Len(writes)].token

\* The candidate invariant: IndInv, or (Strength "weak") the properties alone.
WeakInv == TypeOK /\ Uniqueness /\ Fenced /\ TokensIncrease /\ NoLateWrite
Candidate == IF Strength = "ind" THEN IndInv ELSE WeakInv

IndInit == Domain /\ Candidate

\* Initial states are at level 1: a step only from them, so TLC checks their successors and computes
\* no successor of those.
IndNext == TLCGet("level") = 1 /\ Next

IndSpec == IndInit /\ [][IndNext]_vars

IndImpliesProperties == IndInv => Uniqueness /\ Fenced /\ TokensIncrease /\ NoLateWrite
====
