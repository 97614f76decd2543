package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line builds the verb it runs, and every verb only when help or a mistake needs them. */
class VerbRegistrationTest {
    private static final List<String> VERBS =
            List.of("check", "replay", "explore", "mutants", "bench", "tlc", "lin", "compare", "validate");

    /** The verbs {@code args} leave registered, with the exit status and what was printed. */
    private record Registered(Set<String> verbs, int status, String out, String err) {}

    private static Registered run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = Main.execute(cli, args);
        return new Registered(cli.getSubcommands().keySet(), status, out.toString(), err.toString());
    }

    @Test
    void aVerbIsBuiltAlone() {
        Registered lin = run("lin", "--help");
        assertEquals(Set.of("lin"), lin.verbs());
        assertEquals(0, lin.status());
        assertTrue(lin.out().contains("Usage: electorate lin"), lin.out());
    }

    @Test
    void theVersionNeedsNoVerb() {
        Registered version = run("--version");
        assertEquals(Set.of(), version.verbs());
        assertEquals(0, version.status());
        assertEquals("electorate 0.1.0", version.out().strip());
    }

    @Test
    void helpListsEveryVerbInOrder() {
        Registered help = run("--help");
        assertEquals(VERBS, List.copyOf(help.verbs()));
        assertEquals(0, help.status());
        for (String verb : VERBS) {
            assertTrue(help.out().contains("  " + verb + " "), verb + " missing from:\n" + help.out());
        }
    }

    @Test
    void aMistypedVerbIsBadUsageThatSuggestsTheVerbMeant() {
        Registered typo = run("lni", "x.edn");
        assertEquals(VERBS, List.copyOf(typo.verbs()));
        assertEquals(Main.BAD_INPUT, typo.status());
        assertTrue(typo.err().contains("lin"), typo.err());
    }

    @Test
    void noVerbAtAllIsBadUsage() {
        Registered none = run();
        assertEquals(VERBS, List.copyOf(none.verbs()));
        assertEquals(Main.BAD_INPUT, none.status());
    }
}
