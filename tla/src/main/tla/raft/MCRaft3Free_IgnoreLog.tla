---- MODULE MCRaft3Free_IgnoreLog ----
(* Mutant ignore-log (the vote rule skips the log comparison) in MCRaft3Free's bounds without the
   crash: TLC must report UpToDate violated.  Node 3 (log <<0, 0>>) times out into term 2 and node 1
   (log <<1, 2>>) votes for it: a leader whose log is behind the majority's, after 3 steps.  With
   equal logs the same mutant passes (in MCRaft3Faults' bounds it explores exactly MCRaft3Faults' states), so it is the log check
   that this model tests. *)
EXTENDS Raft, TLC
MCLog == (1 :> <<1, 2>>) @@ (2 :> <<1, 1>>) @@ (3 :> <<0, 0>>)
FreeView == <<currentTerm, votedFor, state, votesGranted, leader, up, {m \in msgs : ~Dead(m)}, crashes, elected>>
EarlyFree == early < MaxEarly
====
