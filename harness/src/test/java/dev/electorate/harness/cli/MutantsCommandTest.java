package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code electorate mutants}: the mutation-score table, its exit status, and what it says of survivors. */
class MutantsCommandTest {

    @Test
    void killingEveryMutantScoresAllAndExitsZero() {
        CliTest.Outcome o = CliTest.run("mutants", "--algorithm", "bully", "--searches", "1", "--tries", "200", "--no-progress");
        assertEquals(0, o.status(), o.out() + o.err());
        for (String mutant : new String[] {"no-answer", "assume-at-once", "no-heartbeat-timeout"}) {
            assertTrue(o.out().lines().anyMatch(l -> l.contains(mutant) && l.contains("killed")), mutant + " in\n" + o.out());
        }
        assertTrue(o.out().contains("mutation score: 3/3 killed"), o.out());
    }

    /** Two tries cannot find Raft's forget-vote: it survives, the status says so, and the table says why it is rare. */
    @Test
    void aSurvivorFailsTheRunAndARareOneIsExplained() {
        CliTest.Outcome o = CliTest.run("mutants", "--algorithm", "raft", "--searches", "1", "--tries", "2", "--no-progress");
        assertEquals(1, o.status(), o.out() + o.err());
        assertTrue(o.out().lines().anyMatch(l -> l.contains("forget-vote") && l.contains("SURVIVED")), o.out());
        assertTrue(o.out().contains("known to be rare under random search:"), o.out());
        assertTrue(o.out().contains("raft forget-vote: it needs a restart between the RequestVotes of a split vote"), o.out());
    }

    /** A mutant beyond random search is listed with what kills it, left out of the score, and searched on request. */
    @Test
    void aMutantBeyondRandomSearchIsListedNotSearchedUnlessAsked() {
        CliTest.Outcome o = CliTest.run("mutants", "--algorithm", "raft", "--searches", "1", "--tries", "2", "--no-progress");
        assertTrue(o.out().contains("not searched, beyond random search (--include-rare searches them):"), o.out());
        assertTrue(o.out().contains("raft count-stale-vote: it needs a grant still on its way"), o.out());
        assertTrue(o.out().lines().noneMatch(l -> l.startsWith("raft") && l.contains("count-stale-vote")), o.out());
        assertTrue(o.out().contains("raft check-quorum-without-self: it needs a node down"), o.out());
        assertTrue(o.out().contains("mutation score: ") && o.out().contains("/4 killed"), o.out());

        CliTest.Outcome all = CliTest.run("mutants", "--algorithm", "raft", "--searches", "1", "--tries", "2",
                "--include-rare", "--no-progress");
        assertEquals(1, all.status(), all.out() + all.err());
        assertTrue(all.out().lines().anyMatch(l -> l.contains("count-stale-vote") && l.contains("SURVIVED")), all.out());
        assertTrue(all.out().contains("/6 killed"), all.out());
    }

    /** --mutant narrows the table to one mutant, searched even when it is beyond random search. */
    @Test
    void aNamedMutantIsTheOnlyOneSearched() {
        CliTest.Outcome o = CliTest.run("mutants", "--algorithm", "raft", "--mutant", "count-stale-vote", "--searches", "1",
                "--tries", "2", "--no-progress");
        assertEquals(1, o.status(), o.out() + o.err());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("raft") && l.contains("count-stale-vote") && l.contains("SURVIVED")),
                o.out());
        assertTrue(o.out().lines().noneMatch(l -> l.contains("grant-any-vote")), o.out());
        assertTrue(o.out().contains("mutation score: 0/1 killed"), o.out());

        CliTest.Outcome killed = CliTest.run("mutants", "--algorithm", "raft", "--mutant", "pre-vote-as-vote", "--searches", "1",
                "--tries", "300", "--no-progress");
        assertEquals(0, killed.status(), killed.out() + killed.err());
        assertTrue(killed.out().contains("mutation score: 1/1 killed"), killed.out());
    }

    @Test
    void anUnknownMutantIsBadInput() {
        CliTest.Outcome o = CliTest.run("mutants", "--algorithm", "raft", "--mutant", "nope", "--no-progress");
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("unknown mutant 'nope' of raft; accepted: forget-vote"), o.err());
    }

    @Test
    void compareSearchesEachMutantAtRandomAndGuidedAndScoresBoth() {
        CliTest.Outcome o = CliTest.run("mutants", "--algorithm", "bully", "--searches", "1", "--tries", "300", "--compare", "--no-progress");
        assertEquals(0, o.status(), o.out() + o.err());
        for (String search : new String[] {"random", "guided"}) {
            assertTrue(o.out().lines().anyMatch(l -> l.contains("no-answer") && l.contains(search) && l.contains("killed")), o.out());
            assertTrue(o.out().contains("mutation score (" + search + "): 3/3 killed"), o.out());
        }
    }

    @Test
    void anUnknownAlgorithmIsBadInput() {
        CliTest.Outcome o = CliTest.run("mutants", "--algorithm", "nope", "--no-progress");
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("unknown algorithm 'nope'"), o.err());
    }
}
