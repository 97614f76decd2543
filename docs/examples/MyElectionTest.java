package com.example.election;

import dev.electorate.harness.junit.ElectionContract;
import dev.electorate.impl.bully.BullyAlgorithm;
import dev.electorate.spec.Algorithm;

/**
 * Checks an election in CI: every fault class inside the algorithm's assumptions becomes one test
 * that explores 300 seeded runs and, on a violation, fails with the property, the step, the shrunk
 * fault schedule and the command that replays it.
 */
class MyElectionTest extends ElectionContract {

    @Override
    protected Algorithm algorithm() {
        // Your Algorithm goes here: it names your election, declares its assumptions and makes your Node.
        return new BullyAlgorithm();
    }
}
