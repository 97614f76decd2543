------------------------------- MODULE LeLann -------------------------------
(***************************************************************************)
(* Le Lann's ring election (1977), the specification of                    *)
(* impl/src/main/java/dev/electorate/impl/lelann. Every node bids; every   *)
(* bid goes all the way round, and each node adds the ids it passes on to  *)
(* seen. When a node's own bid comes back it has passed every live node    *)
(* after they had all bid, so seen holds every live id: the node names the *)
(* highest: follows it, or, if that is itself, sends its first ALIVE and  *)
(* leads when that comes home. Epochs,                                     *)
(* skipping a crashed successor, the ALIVE token, REJOIN, the failure-      *)
(* detector oracles, the fairness and the properties are RingBase's,       *)
(* shared with Chang-Roberts; the ELECTION step is OnElection's "lelann"   *)
(* branch.                                                                 *)
(*                                                                         *)
(* Mutants TLC must reject: "declare-own-id" (a node whose bid returns      *)
(* leads at once, whatever it saw: Uniqueness fails) and "no-skip" (a late  *)
(* acknowledgement is ignored: once a node crashes, Termination fails).     *)
(* Two more, shared with the other ring election, undo refinements of      *)
(* docs/algorithms.md: "no-refinements-6-7" and "no-refinement-8" (see     *)
(* RingBase's Mutant). The witnesses and the refinement of Election.tla    *)
(* are RingBase's too.                                                      *)
(***************************************************************************)
EXTENDS RingBase

ASSUME Variant = "lelann"
ASSUME Mutant \in {"none", "declare-own-id", "no-skip", "no-refinements-6-7", "no-refinement-8"}
=============================================================================
