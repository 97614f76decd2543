package dev.electorate.validate;

import dev.electorate.history.History;
import dev.electorate.history.JsonLinesHistory;
import dev.electorate.lin.FencedLease;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Result;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One validation run against a real election service: start the servers (or use the user's), a fenced
 * resource, a proxy per client and server, and the clients each in its own JVM; inject faults at the
 * current leader until the duration is spent; then check the recorded events.
 */
public final class Validation {

    /**
     * What to run.
     *
     * @param clients        client processes
     * @param duration       how long faults are injected, per run
     * @param faults         which faults to inject
     * @param connect        the user's servers, or empty for embedded ones
     * @param sessionMillis  session timeout (ZooKeeper) or lease TTL (etcd)
     * @param recipe         which recipe the clients run
     * @param seed           seeds the choice of faults
     * @param fenced         whether the resource checks tokens (false only to show what happens without)
     */
    public record Settings(int clients, Duration duration, Set<ServiceFault> faults, List<InetSocketAddress> connect,
                           int sessionMillis, String recipe, long seed, boolean fenced) {}

    private final ElectionService service;
    private final Settings settings;
    private final PrintStream progress;

    /** A validation of {@code service} with {@code settings}, narrating on {@code progress}. */
    public Validation(ElectionService service, Settings settings, PrintStream progress) {
        this.service = service;
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs once with its files under {@code dir}; always stops every server and client it started. */
    public RunResult run(int number, Path dir) throws Exception {
        Files.createDirectories(dir);
        RunClock clock = new RunClock();
        EventLog log = new EventLog(clock);
        List<AutoCloseable> owned = java.util.Collections.synchronizedList(new ArrayList<>());
        List<ClientProcess> clients = new ArrayList<>();
        List<List<LinkProxy>> proxies = new ArrayList<>();
        // A Ctrl-C of the driver must not leave servers or clients behind.
        Thread reaper = new Thread(() -> closeAll(owned), "validate-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        int faults = 0;
        try {
            owned.add(service);
            List<InetSocketAddress> servers = service.start(dir.resolve("servers"), settings.connect());
            FencedResource resource = new FencedResource(log, settings.fenced());
            owned.add(resource);
            for (int c = 0; c < settings.clients(); c++) {
                List<LinkProxy> mine = new ArrayList<>();
                List<String> endpoints = new ArrayList<>();
                for (InetSocketAddress s : servers) {
                    LinkProxy p = new LinkProxy(s);
                    owned.add(p);
                    mine.add(p);
                    endpoints.add(p.address());
                }
                proxies.add(mine);
                ClientProcess cp = new ClientProcess(c, service.clientMain(),
                        service.clientArgs(c, endpoints, resource.port(), settings.sessionMillis(), settings.recipe()),
                        log, dir.resolve("client-" + c + ".stderr"));
                owned.add(0, cp); // clients stop before the servers
                clients.add(cp);
            }
            Event first = log.await(0, Event.Kind.LEAD, 60_000);
            if (first == null) {
                throw new IllegalStateException("no client became leader within 60 s; see the client-*.stderr files in " + dir);
            }
            Random random = new Random(settings.seed() * 31 + number);
            // Each fault once in a seeded order before any repeats, so a short run still sees them all.
            List<ServiceFault> menu = new ArrayList<>(settings.faults());
            java.util.Collections.shuffle(menu, random);
            int injected = 0;
            progress.printf(java.util.Locale.ROOT, "  %7.1f s  c%d leads first, with token %d%n", first.millis() / 1000, first.client(), first.token());
            // The duration counts from the first leader: starting JVMs and servers is not time under faults.
            long end = first.nanos() + settings.duration().toNanos();
            while (!menu.isEmpty() && clock.now() < end) {
                Thread.sleep(settings.sessionMillis() / 2);
                int leader = currentLeader(log.events());
                if (leader < 0) {
                    log.await(log.size(), Event.Kind.LEAD, 3L * settings.sessionMillis());
                    continue;
                }
                ServiceFault fault = menu.get(injected++ % menu.size());
                int mark = log.size();
                inject(fault, clients.get(leader), proxies.get(leader), log);
                faults++;
                // Let the election settle before the next fault, so failovers are measured one at a time.
                log.await(mark, Event.Kind.LEAD, 4L * settings.sessionMillis());
            }
            Thread.sleep(settings.sessionMillis() / 2);
        } finally {
            closeAll(owned);
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        return check(number, dir, log.events(), clock.now(), faults);
    }

    private void inject(ServiceFault fault, ClientProcess leader, List<LinkProxy> links, EventLog log) throws Exception {
        int hold = 2 * settings.sessionMillis();
        switch (fault) {
            case SERVER_CRASH -> {
                int server = 0;
                for (int s = 0; s < links.size(); s++) {
                    if (links.get(s).inUse()) {
                        server = s;
                    }
                }
                fault(log, -1, "server-crash: kill server " + server + " (c" + leader.id() + "'s)");
                service.crash(server);
                Thread.sleep(settings.sessionMillis());
                service.restart(server);
                log.record(-1, Event.Kind.HEAL, 0, "server " + server + " restarted");
            }
            case SESSION_EXPIRY -> {
                fault(log, leader.id(), "session-expiry");
                service.expire(leader);
            }
            case PAUSE -> {
                fault(log, leader.id(), "pause: SIGSTOP for " + hold + " ms (session timeout " + settings.sessionMillis() + " ms)");
                leader.pause();
                try {
                    Thread.sleep(hold);
                } finally {
                    leader.resume();
                }
                log.record(leader.id(), Event.Kind.HEAL, 0, "SIGCONT");
            }
            case PARTITION -> {
                fault(log, leader.id(), "partition: links to every server cut for " + hold + " ms");
                links.forEach(LinkProxy::cut);
                Thread.sleep(hold);
                links.forEach(LinkProxy::heal);
                log.record(leader.id(), Event.Kind.HEAL, 0, "links healed");
            }
        }
    }

    // Recorded, and shown as it happens: a run takes a while and the user should see it work.
    private void fault(EventLog log, int client, String detail) {
        Event e = log.record(client, Event.Kind.FAULT, 0, detail);
        progress.printf(java.util.Locale.ROOT, "  %7.1f s  %s%s%n", e.millis() / 1000, client < 0 ? "" : "c" + client + " ", detail);
    }

    /** The client that believes it leads with the newest leadership, or -1. */
    static int currentLeader(List<Event> events) {
        Map<Integer, Event> last = new java.util.HashMap<>();
        for (Event e : events) {
            if (e.kind() == Event.Kind.LEAD || e.kind() == Event.Kind.LOST) {
                last.put(e.client(), e);
            }
        }
        return last.values().stream().filter(e -> e.kind() == Event.Kind.LEAD)
                .max(java.util.Comparator.comparingLong(Event::nanos)).map(Event::client).orElse(-1);
    }

    private RunResult check(int number, Path dir, List<Event> events, long end, int faults) throws IOException {
        List<Tenure> tenures = Tenure.of(events, end);
        List<String> violations = new ArrayList<>(FencingChecks.overlappingTenures(events));
        violations.addAll(FencingChecks.tokensIncrease(events));
        List<FencingChecks.Overlap> overlaps = FencingChecks.beliefOverlaps(tenures);
        History history = LeaseHistory.of(tenures, settings.clients());
        Result lin = LinearizabilityChecker.check(history, new FencedLease(), Duration.ofSeconds(30));
        String verdict = lin.verdict().word();
        if (!lin.linearizable() && lin.explanation() != null) {
            violations.add("the lease history is " + verdict + ":\n    " + String.join("\n    ", lin.explanation().lines()));
        }
        Files.writeString(dir.resolve("history.jsonl"), JsonLinesHistory.write(history));
        History beliefs = LeaseHistory.beliefs(tenures, settings.clients());
        Result beliefLin = LinearizabilityChecker.check(beliefs, new FencedLease(), Duration.ofSeconds(30));
        Files.writeString(dir.resolve("beliefs.jsonl"), JsonLinesHistory.write(beliefs));
        String beliefNote = "\nbelief history (beliefs.jsonl) against fenced-lease: " + beliefLin.verdict().word()
                + (beliefLin.explanation() == null ? "" : "\n  " + String.join("\n  ", beliefLin.explanation().lines())) + "\n";
        Files.writeString(dir.resolve("timeline.txt"), Timeline.render(events, tenures, overlaps, settings.clients(), end) + beliefNote);
        int stale = (int) events.stream().filter(e -> e.kind() == Event.Kind.WRITE_STALE).count();
        List<String> kinds = events.stream().filter(e -> e.kind() == Event.Kind.FAULT).map(RunResult::kind).toList();
        List<String> overlapFaults = overlaps.stream().map(o -> RunResult.faultBefore(events, o.from())).toList();
        RunResult r = new RunResult(number, faults, tenures, overlaps, violations, verdict, RunResult.failovers(events), stale, kinds, overlapFaults);
        Figures f = Figures.of(List.of(r));
        progress.printf(java.util.Locale.ROOT, "run %d: %d faults, %d leaderships, %d belief overlaps, %d stale writes rejected, failover median %s p99 %s, lease history %s, belief history %s%s%n",
                number, faults, tenures.size(), overlaps.size(), stale, Figures.ms(f.failoverPercentile(50)), Figures.ms(f.failoverPercentile(99)),
                verdict, beliefLin.verdict().word(), violations.isEmpty() ? "" : ", " + violations.size() + " VIOLATIONS");
        return r;
    }

    private static void closeAll(List<AutoCloseable> owned) {
        List<AutoCloseable> copy;
        synchronized (owned) {
            copy = new ArrayList<>(owned);
            owned.clear();
        }
        for (AutoCloseable c : copy) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("validate: closing " + c + ": " + e);
            }
        }
    }
}
