---------------------------- MODULE ChangRoberts ----------------------------
(***************************************************************************)
(* Chang and Roberts' ring election (1979), the specification of           *)
(* impl/src/main/java/dev/electorate/impl/changroberts. Every node bids; a *)
(* bid travels on only while it is higher than the ids it meets, so only   *)
(* the highest live id's bid returns home; that node sends ELECTED once   *)
(* round the ring and leads when it comes home. Epochs, skipping a crashed *)
(* successor, the                                                          *)
(* ALIVE token, REJOIN, the failure-detector oracles, the fairness and the *)
(* properties are RingBase's, shared with LeLann; the ELECTION step is     *)
(* OnElection's "chang-roberts" branch.                                    *)
(*                                                                         *)
(* Mutants TLC must reject: "forward-smaller" (lower bids are passed on     *)
(* too and a node leads as soon as its bid returns, so several nodes lead:  *)
(* Uniqueness fails) and                                                    *)
(* "no-skip" (a late acknowledgement is ignored: once a node crashes,       *)
(* Termination fails).                                                      *)
(* Two more, shared with the other ring election, undo refinements of      *)
(* docs/algorithms.md: "no-refinements-6-7" and "no-refinement-8" (see     *)
(* RingBase's Mutant). The witnesses and the refinement of Election.tla    *)
(* are RingBase's too.                                                      *)
(***************************************************************************)
EXTENDS RingBase

ASSUME Variant = "chang-roberts"
ASSUME Mutant \in {"none", "forward-smaller", "no-skip", "no-refinements-6-7", "no-refinement-8"}
=============================================================================
