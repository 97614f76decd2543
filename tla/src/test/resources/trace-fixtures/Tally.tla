------------------------------- MODULE Tally --------------------------------
(* A toy spec for TraceValidatorTest: each node counts its bumps and tells the others its count. *)
EXTENDS Naturals

CONSTANT Node

VARIABLES count, msgs

Init == count = [n \in Node |-> 0] /\ msgs = {}

Bump(n) ==
    /\ count' = [count EXCEPT ![n] = @ + 1]
    /\ msgs' = msgs \cup {[type |-> "Count", from |-> n, to |-> d, value |-> count[n] + 1] : d \in Node \ {n}}

TypeOK == count \in [Node -> Nat]
Small == \A n \in Node : count[n] < 3
=============================================================================
