---- MODULE MCRaft3FreeOptions ----
(* Raft with PreVote and CheckQuorum without the synchrony oracle, 3 nodes from a settled term 1
   (node 1 leads), terms up to 2, one crash of any node and its restart (currentTerm and votedFor
   kept); safety only (Uniqueness, UpToDate).  Every event the options make depend on clocks is
   free: timeouts fire at any time, a non-leader may answer a RequestVote or PreVote as in its lease
   or not whatever it follows, and a leader may step down at any time (CheckQuorum's check failing
   with a majority up).  MaxEarly (1000) is past the depth of the state graph, so the early budget
   that counts those events never binds (EarlyFree checks it), and FreeView leaves out early (read
   only by those guards) and the dead responses (as View does).  Logs differ as in MCRaft3Free:
   node 1 <<1, 2>>, node 2 <<1, 1>>, node 3 <<0, 0>>, so the log check binds (WitnessLogRefusal).
   Terms stop at 2: with terms up to 3, even without the crash, TLC did not finish in minutes (the
   pre-votes of every term and node multiply the message history); MCRaft3Free and MCRaft3FreeCrash
   have terms up to 3 without the options, MCRaft7SimOptions up to 12 with them in simulation.
   The mutant ignore-log cannot be rejected here: with fixed logs a PreVote asks the same log
   question as the vote that follows, so no node whose log is behind a majority's gets a majority
   of pre-votes (MCRaft3Free_IgnoreLog rejects it without the options).  Java has no mutant of the
   options themselves; grant-any-vote is rejected in these bounds (MCRaft3FreeOptions_GrantAnyVote). *)
EXTENDS Raft, TLC
MCLog == (1 :> <<1, 2>>) @@ (2 :> <<1, 1>>) @@ (3 :> <<0, 0>>)
FreeView == <<currentTerm, votedFor, state, votesGranted, leader, up, {m \in msgs : ~Dead(m)}, crashes, elected>>
EarlyFree == early < MaxEarly
====
