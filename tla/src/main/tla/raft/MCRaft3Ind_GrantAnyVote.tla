---- MODULE MCRaft3Ind_GrantAnyVote ----
(* MCRaft3Ind's inductiveness check with mutant grant-any-vote (a node votes for any candidate, not
   only the one it voted for in the term), domain terms up to 1: TLC must report IndInv violated after
   one step (a voter that voted for node 1 in term 1 grants node 3 too). *)
EXTENDS MCRaft3Ind
====
