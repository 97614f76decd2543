package dev.electorate.harness.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/** Holds the textbook claims against a comparison's measurements, one verdict each. */
public final class Claims {
    private static final String BULLY = "bully";
    private static final String LELANN = "lelann";
    private static final String CR = "chang-roberts";
    private static final String HS = "hirschberg-sinclair";
    private static final String RAFT = "raft";
    /** How far Chang-Roberts' mean may lie from n*H_n and still count as "about n ln n". */
    static final double AVERAGE_TOLERANCE = 0.20;

    private final Comparison.Result r;

    private Claims(Comparison.Result r) {
        this.r = r;
    }

    /** Every claim, in the order the page lists them. */
    public static List<Claim> evaluate(Comparison.Result r) {
        Claims c = new Claims(r);
        List<Claim> out = new ArrayList<>();
        out.add(c.ringsBeatBully());
        out.add(c.bullyElectsHighest());
        out.add(c.bullyQuadratic());
        out.add(c.lelannSquare());
        out.add(c.changRobertsWorst());
        out.add(c.changRobertsAverage());
        out.add(c.hsBound());
        out.add(c.hsBeatsCrWorst());
        out.add(c.raftOneRound());
        out.add(c.timeGrowth());
        return out;
    }

    private boolean has(String algorithm) {
        return r.plan().algorithms().stream().anyMatch(a -> a.name().equals(algorithm));
    }

    private Claim notMeasured(String text, String... needed) {
        return new Claim(text, Claim.Verdict.NOT_MEASURED, "", "needs " + String.join(" and ", needed) + " in the comparison");
    }

    private List<Integer> sizesWhere(IntPredicate p) {
        return r.sizes().stream().filter(p::test).toList();
    }

    /** Sizes as ranges: "3..9, 12, 15..64". */
    static String ranges(List<Integer> sizes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sizes.size(); i++) {
            int start = sizes.get(i);
            int end = start;
            while (i + 1 < sizes.size() && sizes.get(i + 1) == end + 1) {
                end = sizes.get(++i);
            }
            b.append(b.length() == 0 ? "" : ", ").append(start == end ? String.valueOf(start) : start + ".." + end);
        }
        return b.toString();
    }

    private static Claim.Verdict verdict(int good, int all) {
        return all == 0 ? Claim.Verdict.NOT_MEASURED : good == all ? Claim.Verdict.SUPPORTED
                : good == 0 ? Claim.Verdict.NOT_SUPPORTED : Claim.Verdict.PARTLY;
    }

    private Claim ringsBeatBully() {
        String text = "A ring election uses fewer messages than Bully.";
        if (!has(BULLY) || !(has(LELANN) || has(CR) || has(HS))) {
            return notMeasured(text, "bully", "a ring algorithm (lelann, chang-roberts, hirschberg-sinclair)");
        }
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        int all = 0;
        int held = 0;
        for (String ring : List.of(LELANN, CR, HS)) {
            if (!has(ring)) {
                continue;
            }
            for (Scenario s : Scenario.values()) {
                List<Integer> measured = sizesWhere(n -> both(ring, BULLY, n, s));
                if (measured.isEmpty()) {
                    bad.add(ring + " " + s.words() + ": not measured (" + firstNote(ring, s) + ")");
                    continue;
                }
                List<Integer> fewer = measured.stream().filter(n -> mean(ring, n, s) < mean(BULLY, n, s)).toList();
                List<Integer> more = measured.stream().filter(n -> mean(ring, n, s) >= mean(BULLY, n, s)).toList();
                all += measured.size();
                held += fewer.size();
                if (!fewer.isEmpty()) {
                    good.add(ring + " " + s.words() + " at n = " + ranges(fewer));
                }
                if (!more.isEmpty()) {
                    int n = more.get(more.size() - 1);
                    bad.add(ring + " " + s.words() + " at n = " + ranges(more) + String.format(Locale.ROOT,
                            " (n = %d: %.0f against Bully's %.0f)", n, mean(ring, n, s), mean(BULLY, n, s)));
                }
            }
        }
        return new Claim(text, verdict(held, all), "mean election messages (each algorithm's textbook count) fewer than Bully's"
                + " ELECTION messages for " + (good.isEmpty() ? "no ring at any n" : String.join("; ", good)), String.join("; ", bad));
    }

    private Claim bullyElectsHighest() {
        String text = "Bully elects the highest live id.";
        if (!has(BULLY)) {
            return notMeasured(text, "bully");
        }
        int measured = 0;
        int highest = 0;
        List<String> bad = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            for (int n : r.sizes()) {
                Cell c = r.cell(BULLY, n, s);
                measured += c.measured();
                highest += c.highestWon();
                if (c.highestWon() < c.measured()) {
                    bad.add(s.words() + " n = " + n + ": " + (c.measured() - c.highestWon()) + " of " + c.measured() + " runs");
                }
            }
        }
        return new Claim(text, verdict(highest, measured), highest + " of " + measured
                + " elections (both scenarios, every n) elected the highest live id", String.join("; ", bad));
    }

    private Claim bullyQuadratic() {
        String text = "Bully sends O(n\u00b2) messages: at most n(n-1)/2 ELECTION messages (every node challenging every higher one).";
        if (!has(BULLY)) {
            return notMeasured(text, "bully");
        }
        return boundClaim(text, BULLY, n -> n * (n - 1) / 2.0, "n(n-1)/2");
    }

    private Claim lelannSquare() {
        String text = "Le Lann sends n\u00b2 ELECTION messages: every bid goes round the whole ring.";
        if (!has(LELANN)) {
            return notMeasured(text, "lelann");
        }
        List<Integer> measured = sizesWhere(n -> r.cell(LELANN, n, Scenario.NO_FAULTS).hasData());
        List<Integer> exact = measured.stream().filter(n -> {
            Cell c = r.cell(LELANN, n, Scenario.NO_FAULTS);
            return c.countedMax() == (long) n * n && c.countedMean() == (double) n * n;
        }).toList();
        List<Integer> off = measured.stream().filter(n -> !exact.contains(n)).toList();
        return new Claim(text, verdict(exact.size(), measured.size()), "with no faults every run sent exactly n\u00b2 at n = "
                + (exact.isEmpty() ? "none" : ranges(exact)),
                off.isEmpty() ? "" : "other counts at n = " + ranges(off) + " (for example n = " + off.get(0) + ": mean "
                        + fmt(r.cell(LELANN, off.get(0), Scenario.NO_FAULTS).countedMean()) + ")");
    }

    private Claim changRobertsWorst() {
        String text = "Chang-Roberts sends at most n(n+1)/2 ELECTION messages (ids decreasing along the ring).";
        if (!has(CR)) {
            return notMeasured(text, "chang-roberts");
        }
        return boundClaim(text, CR, n -> n * (n + 1) / 2.0, "n(n+1)/2");
    }

    /** The largest count of every measured cell of {@code algorithm} within {@code bound}, per scenario. */
    private Claim boundClaim(String text, String algorithm, java.util.function.IntToDoubleFunction bound, String formula) {
        int all = 0;
        int held = 0;
        List<String> evidence = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            List<Integer> measured = sizesWhere(n -> r.cell(algorithm, n, s).hasData());
            if (measured.isEmpty()) {
                bad.add(s.words() + ": not measured (" + firstNote(algorithm, s) + ")");
                continue;
            }
            List<Integer> over = measured.stream().filter(n -> r.cell(algorithm, n, s).countedMax() > bound.applyAsDouble(n)).toList();
            all += measured.size();
            held += measured.size() - over.size();
            double worst = measured.stream().mapToDouble(n -> r.cell(algorithm, n, s).countedMax() / bound.applyAsDouble(n)).max().orElse(0);
            evidence.add(s.words() + ": largest count " + fmtPercent(worst) + " of " + formula);
            if (!over.isEmpty()) {
                int n = over.get(0);
                bad.add(s.words() + " at n = " + ranges(over) + " (n = " + n + ": " + r.cell(algorithm, n, s).countedMax()
                        + " > " + fmt(bound.applyAsDouble(n)) + ")");
            }
        }
        return new Claim(text, verdict(held, all), String.join("; ", evidence), String.join("; ", bad));
    }

    private Claim changRobertsAverage() {
        String text = "Chang-Roberts averages about n ln n ELECTION messages (exactly n\u00b7H\u2099 over random ring orders).";
        if (!has(CR)) {
            return notMeasured(text, "chang-roberts");
        }
        List<Integer> measured = sizesWhere(n -> r.cell(CR, n, Scenario.NO_FAULTS).hasData());
        double lo = Double.MAX_VALUE;
        double hi = 0;
        double sumMeasured = 0;
        double sumTheory = 0;
        List<Integer> off = new ArrayList<>();
        for (int n : measured) {
            Cell c = r.cell(CR, n, Scenario.NO_FAULTS);
            double ratio = c.countedMean() / (n * Theory.harmonic(n));
            lo = Math.min(lo, ratio);
            hi = Math.max(hi, ratio);
            sumMeasured += c.countedMean() * c.measured();
            sumTheory += n * Theory.harmonic(n) * c.measured();
            if (Math.abs(ratio - 1) > AVERAGE_TOLERANCE) {
                off.add(n);
            }
        }
        if (measured.isEmpty()) {
            return new Claim(text, Claim.Verdict.NOT_MEASURED, "", "no run elected a leader");
        }
        String evidence = String.format(Locale.ROOT, "with no faults, mean / n\u00b7H\u2099 between %.2f and %.2f over n = %s,"
                + " %.3f over all runs (%d runs per n; within %.0f%% counts as about)", lo, hi, ranges(measured),
                sumMeasured / sumTheory, r.plan().runs(), 100 * AVERAGE_TOLERANCE);
        return new Claim(text, verdict(measured.size() - off.size(), measured.size()), evidence,
                off.isEmpty() ? "" : "off by more than " + Math.round(100 * AVERAGE_TOLERANCE) + "% at n = " + ranges(off)
                        + (r.plan().runs() < 30 ? " (few runs per n: the sample mean itself varies)" : ""));
    }

    private Claim hsBound() {
        String text = "Hirschberg-Sinclair sends O(n log n) messages: at most 8n(1+\u2308log\u2082 n\u2309) PROBE and REPLY messages.";
        if (!has(HS)) {
            return notMeasured(text, "hirschberg-sinclair");
        }
        return boundClaim(text, HS, n -> 8.0 * n * (1 + Theory.ceilLog2(n)), "8n(1+\u2308log\u2082 n\u2309)");
    }

    private Claim hsBeatsCrWorst() {
        String text = "Hirschberg-Sinclair beats Chang-Roberts' worst case n(n+1)/2.";
        if (!has(HS)) {
            return notMeasured(text, "hirschberg-sinclair");
        }
        List<Integer> measured = sizesWhere(n -> r.cell(HS, n, Scenario.NO_FAULTS).hasData());
        List<Integer> wins = measured.stream().filter(n -> r.cell(HS, n, Scenario.NO_FAULTS).countedMax() < n * (n + 1) / 2.0).toList();
        List<Integer> loses = measured.stream().filter(n -> !wins.contains(n)).toList();
        String evidence = "largest PROBE and REPLY count with no faults below n(n+1)/2 at n = " + (wins.isEmpty() ? "none" : ranges(wins))
                + "; its own bound 8n(1+\u2308log\u2082 n\u2309) drops below n(n+1)/2 from n = " + crossover();
        return new Claim(text, verdict(wins.size(), measured.size()), evidence, loses.isEmpty() ? ""
                : "not at n = " + ranges(loses) + ": on small rings the constant factor of its phases outweighs the log"
                + " (the claim is asymptotic)");
    }

    private static int crossover() {
        for (int n = 2; n < 1 << 20; n++) {
            boolean fromHere = true;
            for (int m = n; m < n + 64 && fromHere; m++) {
                fromHere = 8.0 * m * (1 + Theory.ceilLog2(m)) < m * (m + 1) / 2.0;
            }
            if (fromHere) {
                return n;
            }
        }
        return -1;
    }

    private Claim raftOneRound() {
        String text = "Raft elects a leader in one round (one term) when nothing fails.";
        if (!has(RAFT)) {
            return notMeasured(text, "raft");
        }
        int measured = 0;
        int one = 0;
        List<Integer> split = new ArrayList<>();
        for (int n : r.sizes()) {
            Cell c = r.cell(RAFT, n, Scenario.NO_FAULTS);
            measured += c.measured();
            one += c.oneRound();
            if (c.oneRound() < c.measured()) {
                split.add(n);
            }
        }
        int crashMeasured = 0;
        int crashOne = 0;
        for (int n : r.sizes()) {
            Cell c = r.cell(RAFT, n, Scenario.LEADER_CRASH);
            crashMeasured += c.measured();
            crashOne += c.oneRound();
        }
        String evidence = one + " of " + measured + " fault-free elections took one term; after the leader crashed, "
                + crashOne + " of " + crashMeasured + " took one more term";
        if (split.isEmpty()) {
            return new Claim(text, verdict(one, measured), evidence, "");
        }
        int half = r.sizes().get(r.sizes().size() / 2);
        return new Claim(text, verdict(one, measured), evidence, "split votes (two followers timing out within a message"
                + " delay of each other) cost extra terms at n = " + ranges(split) + "; share of runs with extra terms "
                + percent(RAFT, n -> n < half) + " for n < " + half + ", " + percent(RAFT, n -> n >= half) + " for n ≥ " + half
                + " (the more followers, the likelier two time out together)");
    }

    private String percent(String algorithm, IntPredicate sizes) {
        int measured = 0;
        int extra = 0;
        for (int n : sizesWhere(sizes)) {
            Cell c = r.cell(algorithm, n, Scenario.NO_FAULTS);
            measured += c.measured();
            extra += c.measured() - c.oneRound();
        }
        return measured == 0 ? "-" : fmtPercent((double) extra / measured);
    }

    private Claim timeGrowth() {
        String text = "A ring's time to elect grows linearly with n; Bully's does not grow with n.";
        int lo = r.plan().nodes().min();
        int hi = r.plan().nodes().max();
        if (hi < 2 * lo) {
            return new Claim(text, Claim.Verdict.NOT_MEASURED, "", "needs a range of n spanning at least a factor 2 (got "
                    + lo + ".." + hi + ")");
        }
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String a : List.of(BULLY, LELANN, CR, HS)) {
            if (!has(a)) {
                continue;
            }
            Cell small = r.cell(a, lo, Scenario.NO_FAULTS);
            Cell large = r.cell(a, hi, Scenario.NO_FAULTS);
            if (!small.hasData() || !large.hasData()) {
                bad.add(a + ": not measured at n = " + lo + " or " + hi);
                continue;
            }
            double growth = (double) large.ticks().median() / Math.max(1, small.ticks().median());
            boolean ring = !a.equals(BULLY);
            String line = String.format(Locale.ROOT, "%s: median ticks %d at n = %d, %d at n = %d (x%.1f for n x%.1f)", a,
                    small.ticks().median(), lo, large.ticks().median(), hi, growth, (double) hi / lo);
            boolean holds = ring ? growth >= 0.5 * hi / lo : growth <= 1.5;
            (holds ? good : bad).add(line);
        }
        return new Claim(text, verdict(good.size(), good.size() + bad.size()), String.join("; ", good), String.join("; ", bad));
    }

    private boolean both(String a, String b, int n, Scenario s) {
        return r.cell(a, n, s).hasData() && r.cell(b, n, s).hasData();
    }

    private double mean(String algorithm, int n, Scenario s) {
        return r.cell(algorithm, n, s).countedMean();
    }

    private String firstNote(String algorithm, Scenario s) {
        for (int n : r.sizes()) {
            String note = r.cell(algorithm, n, s).note();
            if (!note.isEmpty()) {
                return note.replaceFirst("^not measured: ", "");
            }
        }
        return "no data";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmtPercent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
