---- MODULE MCRaft3FreeCrash ----
(* Raft election without the synchrony oracle, 3 nodes from a settled term 1 (node 1 leads), terms up
   to 3, one crash of any node (and its restart, currentTerm and votedFor kept); safety only
   (Uniqueness, UpToDate).  Timeouts fire at any time: MaxEarly (1000)
   is past the depth of the state graph, so the early budget never binds (EarlyFree checks it), and
   FreeView leaves out early (read only by those guards) and the dead responses (as View does).
   Logs are non-empty and differ: node 1 (term 1's leader) has <<1, 2>>, node 2 <<1, 1>>, node 3
   <<0, 0>>, so node 3 can win only by a vote the log check should refuse (UpToDate; the mutant
   ignore-log, MCRaft3Free_IgnoreLog, is rejected in these bounds).  Long suite. *)
EXTENDS Raft, TLC
MCLog == (1 :> <<1, 2>>) @@ (2 :> <<1, 1>>) @@ (3 :> <<0, 0>>)
FreeView == <<currentTerm, votedFor, state, votesGranted, leader, up, {m \in msgs : ~Dead(m)}, crashes, elected>>
EarlyFree == early < MaxEarly
====
