package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.adapter.ExampleElection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --declare FILE}: a declaration file says what the flags say; a file that is missing, holds an
 * unknown key or a value of the wrong type, or states again what a flag states, is bad input naming
 * the file and the key.
 */
class DeclareFileTest {

    private static final String JAR = ExampleElection.classpath().toString();

    @TempDir
    Path dir;

    private CliTest.Outcome checkWith(String declaration, String... more) throws Exception {
        Path file = dir.resolve("election.properties");
        Files.writeString(file, declaration);
        String[] base = {"check", "--node-class", ExampleElection.CORRECT, "--classpath", JAR, "--declare",
            file.toString(), "--runs", "20", "--nodes", "3", "--no-progress", "--out", dir.resolve("out").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliTest.run(args);
    }

    @Test
    void aFileDeclaresWhatTheFlagsDeclare() throws Exception {
        CliTest.Outcome check = checkWith("assume = crash, crash-recover\nwinner = highest\ntermination-bound = 80\n"
                + "fault-aftermath = 0\nexclusive-leadership = true\ncrash-budget = 1\nelection-messages = Alive\n");
        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("crash-recover") && check.out().contains("holds"), check.out());
    }

    @Test
    void anUnknownKeyIsBadInputNamingTheFileAndTheKeys() throws Exception {
        CliTest.Outcome check = checkWith("assume = crash\nterminaton-bound = 80\n");
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains("election.properties") && check.err().contains("unknown key 'terminaton-bound'")
                && check.err().contains("termination-bound"), check.err());
    }

    @Test
    void aValueOfTheWrongTypeIsBadInputNamingTheKey() throws Exception {
        CliTest.Outcome ticks = checkWith("fault-aftermath = soon\n");
        assertEquals(2, ticks.status(), ticks.err());
        assertTrue(ticks.err().contains("election.properties: fault-aftermath must be a whole number of ticks; got"
                + " 'soon'"), ticks.err());
        CliTest.Outcome negative = checkWith("termination-bound = 0\n");
        assertEquals(2, negative.status(), negative.err());
        assertTrue(negative.err().contains("election.properties: termination-bound must be from 1"), negative.err());
        CliTest.Outcome bool = checkWith("exclusive-leadership = yes\n");
        assertEquals(2, bool.status(), bool.err());
        assertTrue(bool.err().contains("exclusive-leadership must be true or false"), bool.err());
        CliTest.Outcome budget = checkWith("crash-budget = most\n");
        assertEquals(2, budget.status(), budget.err());
        assertTrue(budget.err().contains("crash-budget must be minority, half or a number of nodes"), budget.err());
        CliTest.Outcome winner = checkWith("winner = tallest\n");
        assertEquals(2, winner.status(), winner.err());
        assertTrue(winner.err().contains("election.properties: winner must be highest, lowest or any"), winner.err());
        CliTest.Outcome assume = checkWith("assume = byzantine\n");
        assertEquals(2, assume.status(), assume.err());
        assertTrue(assume.err().contains("byzantine"), assume.err());
    }

    @Test
    void aThingStatedInTheFileAndByAFlagIsBadInput() throws Exception {
        CliTest.Outcome check = checkWith("winner = highest\n", "--winner", "any");
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains("winner is also given as --winner"), check.err());
    }

    @Test
    void aMissingFileOrOneBesideLikeIsBadInput() {
        CliTest.Outcome missing = CliTest.run("check", "--node-class", ExampleElection.CORRECT, "--classpath", JAR,
                "--declare", dir.resolve("nowhere.properties").toString(), "--out", dir.toString());
        assertEquals(2, missing.status(), missing.err());
        assertTrue(missing.err().contains("nowhere.properties: no such file"), missing.err());
        CliTest.Outcome like = CliTest.run("check", "--node-class", ExampleElection.CORRECT, "--classpath", JAR,
                "--like", "bully", "--fault-aftermath", "10", "--out", dir.toString());
        assertEquals(2, like.status(), like.err());
        assertTrue(like.err().contains("--like bully already fixes"), like.err());
        CliTest.Outcome likeAndFile = CliTest.run("check", "--node-class", ExampleElection.CORRECT, "--classpath", JAR,
                "--like", "bully", "--declare", ExampleElection.declaration("classic-bully").toString(),
                "--out", dir.toString());
        assertEquals(2, likeAndFile.status(), likeAndFile.err());
        assertTrue(likeAndFile.err().contains("drop --declare"), likeAndFile.err());
    }
}
