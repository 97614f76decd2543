------------------------------ MODULE Election -------------------------------
(***************************************************************************)
(* The abstract election that every algorithm's specification refines:    *)
(* who leads in which term, over time, and the one meaning of Uniqueness   *)
(* that the simulator checks (spec/.../property/Uniqueness.java).          *)
(*                                                                         *)
(* A leadership is a pair <<term, node>>.  Term 0 stands for "no term":    *)
(* the algorithms without terms (Bully, the rings' leaders as the Java     *)
(* nodes report them) lead in term 0.                                      *)
(*                                                                         *)
(*   lead     the leaderships of the live nodes that believe they lead now *)
(*   elected  every leadership with a term other than 0 that ever was:     *)
(*            a history, so it only grows                                  *)
(*                                                                         *)
(* Uniqueness:                                                             *)
(*   - a term other than 0 has at most one leader, ever (even at different *)
(*     times: a leader of term t that crashed is still term t's leader);   *)
(*   - two live nodes that believe they lead at once lead different terms  *)
(*     other than 0 (never two term-0 leaders at once);                    *)
(*   - with Exclusive (leases, fencing tokens: leadership must be          *)
(*     exclusive in time whatever the term), never two live leaders at     *)
(*     once.                                                               *)
(*                                                                         *)
(* An algorithm refines this module through a refinement mapping: an      *)
(* expression of its own variables for lead and elected, e.g.              *)
(*   E == INSTANCE Election WITH lead <- ..., elected <- ...               *)
(* and TLC checks E!Spec as a PROPERTY of the algorithm's models.  The     *)
(* next-state relation constrains only the new state: any change of who    *)
(* leads is allowed as long as the history grows and Uniqueness holds      *)
(* after it, so the refinement says "every step of the algorithm is a      *)
(* step of the abstract election".                                         *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Exclusive    \* TRUE: never two live leaders at once, whatever their terms

VARIABLES
    lead,        \* the set of <<term, node>> of the live nodes that believe they lead
    elected      \* every <<term, node>> with term # 0 that has led so far

vars == <<lead, elected>>

\* The safety property: the simulator's Uniqueness, on one state of the abstract election.
Unique(L, E) ==
    /\ \A a, b \in E : a[1] = b[1] => a[2] = b[2]
    /\ \A a, b \in L : (Exclusive \/ a[1] = b[1]) => a[2] = b[2]

\* Every leader with a term is in the history.
Recorded(L, E) == \A l \in L : l[1] # 0 => l \in E

Init ==
    /\ Recorded(lead, elected)
    /\ Unique(lead, elected)

\* Leadership changes in any way that keeps the history growing and Uniqueness true.
Next ==
    /\ elected \subseteq elected'
    /\ Recorded(lead', elected')
    /\ Unique(lead', elected')

Spec == Init /\ [][Next]_vars

Uniqueness == Unique(lead, elected)

THEOREM Spec => []Uniqueness
==============================================================================
