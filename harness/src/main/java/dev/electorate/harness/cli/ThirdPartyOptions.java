package dev.electorate.harness.cli;

import static dev.electorate.harness.io.ShellWords.quote;

import dev.electorate.harness.adapter.AdaptedAlgorithm;
import dev.electorate.harness.adapter.CrashBudget;
import dev.electorate.harness.adapter.Declaration;
import dev.electorate.harness.adapter.DeclarationFile;
import dev.electorate.harness.adapter.NodeClasses;
import dev.electorate.harness.adapter.NodeCommand;
import dev.electorate.harness.adapter.ProcessNode;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that put a user's own election under check: a Java class, or a program per node. */
public final class ThirdPartyOptions {

    @Option(names = "--node-class", paramLabel = "CLASS",
            description = "Check your own Java election: a public class implementing dev.electorate.spec.Node with a"
                    + " public constructor (int self, Cluster cluster), (int self) or ().")
    String nodeClass;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Jars and class folders that hold --node-class (separated by the platform's path separator).")
    String classpath;

    @Option(names = "--node-cmd", paramLabel = "CMD",
            description = "Check an election program in any language: CMD starts one node and speaks the JSON-lines"
                    + " protocol of docs/protocol.md on stdin/stdout, for example \"python3 mynode.py\".")
    String nodeCmd;

    @Option(names = "--assume", paramLabel = "F", split = ",",
            description = "Fault classes your election tolerates (repeatable or comma-separated; mixed means all);"
                    + " check runs each of them. Default: none,crash, that is crash-stop nodes over reliable links"
                    + " with delays of 1 to 10 ticks.")
    List<String> assume = new ArrayList<>();

    // No picocli defaults on the next three: a flag the user did not give must be told from one given in vain.
    @Option(names = "--winner", paramLabel = "W",
            description = "Who Validity demands as leader: highest, lowest (live id) or any (default: any).")
    String winner;

    @Option(names = "--termination-bound", paramLabel = "T",
            description = "Ticks after the last fault heals within which one leader must be known to every live"
                    + " node (default: 200).")
    Long terminationBound;

    @Option(names = "--fault-aftermath", paramLabel = "T",
            description = "Ticks after a fault ends during which your election may still change leader because of it"
                    + " (Stability does not count such a change; default: 0).")
    Long faultAftermath;

    @Option(names = "--exclusive-leadership",
            description = "One believed leader at a time whatever the term (leases, fencing tokens): Uniqueness then"
                    + " also forbids two live leaders of different terms.")
    Boolean exclusiveLeadership;

    @Option(names = "--crash-budget", paramLabel = "B",
            description = "The most nodes the crash classes take down in one run: minority (default), half, or a"
                    + " number of nodes.")
    String crashBudget;

    @Option(names = "--election-messages", paramLabel = "TYPE", split = ",",
            description = "Message types that crashes are aimed at in crash-recover runs (a crash right after one, or"
                    + " between two rivals), for example RequestVote; default: every message, or with --like the"
                    + " reference's.")
    List<String> electionMessages = new ArrayList<>();

    @Option(names = "--declare", paramLabel = "FILE",
            description = "Read the declaration from FILE: key = value lines whose keys are the declaration flags without"
                    + " their dashes (assume, winner, termination-bound, fault-aftermath, exclusive-leadership,"
                    + " crash-budget, election-messages).")
    Path declare;

    @Option(names = "--like", paramLabel = "A",
            description = "Hold your election to everything reference algorithm A declares (assumptions, winner,"
                    + " bounds, aftermath, exclusive leadership, crash budget, election messages) instead of"
                    + " declaring it (for a port of A).")
    String like;

    @Option(names = "--node-timeout", paramLabel = "MS",
            description = "Milliseconds a node (a --node-cmd process, or a call into a --node-class) may take to answer"
                    + " one event (default: 10000).")
    Long nodeTimeoutMillis;

    /** The longest --node-timeout: a day (longer is a typo, and would overflow the watchdog's nanoseconds). */
    static final long MAX_NODE_TIMEOUT_MILLIS = 86_400_000L;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Name of your election in tables and file names (default: the class's simple name, or"
                    + " the script's name for --node-cmd).")
    String name;

    private String winner() {
        return winner != null ? winner : "any";
    }

    private long bound() {
        return terminationBound != null ? terminationBound : Declaration.DEFAULT_TERMINATION_BOUND;
    }

    private boolean fileRead;

    /**
     * Takes what {@code --declare FILE} states into the flags' fields, once; a thing stated both in
     * the file and by a flag is bad input (which should win is not obvious).
     */
    private void readDeclarationFile() {
        if (fileRead || declare == null) {
            return;
        }
        fileRead = true;
        DeclarationFile file = DeclarationFile.read(declare);
        if (file.list("assume") != null) {
            requireOnce("assume", !assume.isEmpty(), file);
            assume = new ArrayList<>(file.list("assume"));
        }
        if (file.text("winner") != null) {
            requireOnce("winner", winner != null, file);
            winner = file.text("winner");
            try {
                Declaration.Winner.parse(winner);
            } catch (BadInputException e) {
                throw new BadInputException(file.where("winner") + " must be highest, lowest or any; got '" + winner
                        + "'");
            }
        }
        if (file.ticks("termination-bound", 1) != null) {
            requireOnce("termination-bound", terminationBound != null, file);
            terminationBound = file.ticks("termination-bound", 1);
        }
        if (file.ticks("fault-aftermath", 0) != null) {
            requireOnce("fault-aftermath", faultAftermath != null, file);
            faultAftermath = file.ticks("fault-aftermath", 0);
        }
        if (file.flag("exclusive-leadership") != null) {
            requireOnce("exclusive-leadership", exclusiveLeadership != null, file);
            exclusiveLeadership = file.flag("exclusive-leadership");
        }
        if (file.text("crash-budget") != null) {
            requireOnce("crash-budget", crashBudget != null, file);
            crashBudget = CrashBudget.parse(file.text("crash-budget"), file.where("crash-budget")).text();
        }
        if (file.list("election-messages") != null) {
            requireOnce("election-messages", !electionMessages.isEmpty(), file);
            electionMessages = new ArrayList<>(file.list("election-messages"));
        }
    }

    private static void requireOnce(String key, boolean flagGiven, DeclarationFile file) {
        if (flagGiven) {
            throw new BadInputException(file.where(key) + " is also given as --" + key + "; state it in one place");
        }
    }

    private long nodeTimeout() {
        return nodeTimeoutMillis != null ? nodeTimeoutMillis : NodeClasses.DEFAULT_TIMEOUT_MILLIS;
    }

    /** Whether a third-party election was named. */
    boolean given() {
        return nodeClass != null || nodeCmd != null;
    }

    /** Fails on options that only make sense with a third-party election when none was named. */
    void requireConsistent() {
        if (nodeClass != null && nodeCmd != null) {
            throw new BadInputException("--node-class and --node-cmd exclude each other; check one election at a time");
        }
        if (!given() && (classpath != null || !assume.isEmpty() || like != null || name != null || winner != null
                || terminationBound != null || nodeTimeoutMillis != null || faultAftermath != null
                || exclusiveLeadership != null || crashBudget != null || !electionMessages.isEmpty()
                || declare != null)) {
            throw new BadInputException("--classpath, --assume, --like, --declare, --winner, --termination-bound,"
                    + " --fault-aftermath, --exclusive-leadership, --crash-budget, --election-messages, --node-timeout"
                    + " and --name describe your own election; add --node-class CLASS or --node-cmd CMD");
        }
        if (like != null && (faultAftermath != null || exclusiveLeadership != null || crashBudget != null
                || declare != null)) {
            throw new BadInputException("--like " + like + " already fixes the fault aftermath, exclusive leadership and"
                    + " crash budget; drop --declare, --fault-aftermath, --exclusive-leadership and --crash-budget (only"
                    + " --election-messages may rename its election messages)");
        }
        readDeclarationFile();
        if (like != null && (winner != null || terminationBound != null)) {
            throw new BadInputException("--like " + like + " already fixes the winner and the termination bound; drop"
                    + " --winner and --termination-bound");
        }
        if (terminationBound != null) {
            Flags.range("--termination-bound", terminationBound, 1, Integer.MAX_VALUE);
        }
        if (faultAftermath != null) {
            Flags.range("--fault-aftermath", faultAftermath, 0, Integer.MAX_VALUE);
        }
        if (crashBudget != null) {
            CrashBudget.parse(crashBudget, "--crash-budget");
        }
        Declaration.messageTypes(electionMessages);
        if (classpath != null && nodeClass == null) {
            throw new BadInputException("--classpath goes with --node-class; a --node-cmd program brings its own");
        }
        if (like != null && !assume.isEmpty()) {
            throw new BadInputException("--like " + like + " already fixes the assumptions; drop --assume");
        }
        if (nodeTimeoutMillis != null) {
            Flags.range("--node-timeout", nodeTimeoutMillis, 1, MAX_NODE_TIMEOUT_MILLIS);
        }
    }

    /** The flags that name the user's election again, for replaying its counterexamples. */
    String replayFlags() {
        readDeclarationFile();
        StringBuilder f = new StringBuilder();
        if (nodeClass != null) {
            f.append(" --node-class ").append(quote(nodeClass));
            if (classpath != null) {
                f.append(" --classpath ").append(quote(classpath));
            }
        } else {
            f.append(" --node-cmd ").append(quote(nodeCmd)).append(" --node-timeout ").append(nodeTimeout());
        }
        if (like != null) {
            f.append(" --like ").append(quote(like));
        } else {
            if (!assume.isEmpty()) {
                f.append(" --assume ").append(quote(String.join(",", assume)));
            }
            f.append(" --winner ").append(quote(winner())).append(" --termination-bound ").append(bound());
            // What the declaration file said travels as flags, so the command replays without the file.
            if (faultAftermath != null) {
                f.append(" --fault-aftermath ").append(faultAftermath);
            }
            if (Boolean.TRUE.equals(exclusiveLeadership)) {
                f.append(" --exclusive-leadership");
            }
            if (crashBudget != null) {
                f.append(" --crash-budget ").append(quote(crashBudget));
            }
        }
        if (!electionMessages.isEmpty()) {
            f.append(" --election-messages ").append(quote(String.join(",", Declaration.messageTypes(electionMessages))));
        }
        if (name != null) {
            f.append(" --name ").append(quote(name));
        }
        return f.toString();
    }

    /** The user's election as an algorithm descriptor. */
    Algorithm algorithm() {
        requireConsistent();
        AdaptedAlgorithm.NodeFactory factory;
        String defaultName;
        if (nodeClass != null) {
            factory = NodeClasses.load(nodeClass, classpath, nodeTimeout());
            // A nested class's binary name has a '$', which file names and shells handle badly.
            defaultName = nodeClass.substring(nodeClass.lastIndexOf('.') + 1).replace('$', '.');
        } else {
            NodeCommand command = NodeCommand.parse(nodeCmd);
            factory = ProcessNode.factory(command, Duration.ofMillis(nodeTimeout()));
            defaultName = command.shortName();
        }
        String n = name != null ? name : defaultName;
        if (!n.matches("[A-Za-z0-9_.-]+")) {
            throw new BadInputException("--name '" + n + "' must be letters, digits, '_', '.' or '-': it names files");
        }
        if (like != null) {
            Algorithm reference = Algorithms.byName(like);
            return electionMessages.isEmpty() ? AdaptedAlgorithm.mirroring(n, reference, factory)
                    : AdaptedAlgorithm.mirroring(n, reference, factory, Declaration.messageTypes(electionMessages));
        }
        Declaration declaration = Declaration.parse(assume, winner(), bound())
                .withFaultAftermath(faultAftermath != null ? faultAftermath : 0)
                .withExclusiveLeadership(Boolean.TRUE.equals(exclusiveLeadership))
                .withCrashBudget(crashBudget != null ? CrashBudget.parse(crashBudget, "--crash-budget")
                        : CrashBudget.MINORITY)
                .withElectionMessages(electionMessages);
        return AdaptedAlgorithm.declared(n, declaration, factory);
    }
}
