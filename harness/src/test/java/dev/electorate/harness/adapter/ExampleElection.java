package dev.electorate.harness.adapter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the reactor built examples/third-party-election: its jar after {@code package}, its classes
 * folder after {@code test}. It is kept off the tests' classpath, so only the adapter's class
 * loader finds its classes, as it would a user's.
 */
public final class ExampleElection {

    public static final String CORRECT = "com.acme.election.HighestIdElection";
    public static final String BUGGY = "com.acme.election.ImpatientElection";

    /** The three correct elections written as a user would, and their buggy twins. */
    public static final String RAFT = "com.acme.election.raft.MajorityRaft";
    public static final String FORGETFUL_RAFT = "com.acme.election.raft.ForgetfulRaft";
    public static final String MAJORITY = "com.acme.election.majority.SimpleMajority";
    public static final String GENEROUS_MAJORITY = "com.acme.election.majority.GenerousMajority";
    public static final String BULLY = "com.acme.election.bully.ClassicBully";
    public static final String HASTY_BULLY = "com.acme.election.bully.HastyBully";

    private ExampleElection() {}

    /** The jar or classes folder of the example, or an error saying how to build it. */
    public static Path classpath() {
        Path module = Path.of("..", "examples", "third-party-election", "target").toAbsolutePath().normalize();
        for (Path candidate : List.of(module.resolve("electorate-example-third-party-0.1.0-SNAPSHOT.jar"),
                module.resolve("classes"))) {
            if (Files.exists(candidate.resolve(Files.isDirectory(candidate)
                    ? "com/acme/election/HighestIdElection.class" : ""))) {
                return candidate;
            }
        }
        throw new AssertionError("the example election is not built under " + module + "; run the tests through"
                + " the reactor: mvn -pl harness -am test");
    }

    /** The declaration file of one of the example elections ({@code majority-raft}, ...), as its author wrote it. */
    public static Path declaration(String name) {
        return Path.of("..", "examples", "third-party-election", "declarations", name + ".properties")
                .toAbsolutePath().normalize();
    }

    /** The examples folder of the repository (the Python nodes live in examples/python). */
    public static Path examples() {
        return Path.of("..", "examples").toAbsolutePath().normalize();
    }
}
