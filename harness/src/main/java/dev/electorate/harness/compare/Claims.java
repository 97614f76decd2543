package dev.electorate.harness.compare;

import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Textbook;
import dev.electorate.spec.Textbook.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Holds the textbook claims against a comparison's measurements, one verdict each: those that set the rings against
 * Bully, then each algorithm's own as its descriptor states them ({@link Algorithm#textbook()}).
 */
public final class Claims {

    private final Comparison.Result r;
    /** Every algorithm whose claims the page lists: ours in the registry's order, then any other compared. */
    private final List<Algorithm> known = new ArrayList<>();

    private Claims(Comparison.Result r) {
        this.r = r;
        known.addAll(Algorithms.all());
        r.plan().algorithms().stream().filter(a -> known.stream().noneMatch(k -> k.name().equals(a.name())))
                .forEach(known::add);
    }

    /** Every claim, in the order the page lists them. */
    public static List<Claim> evaluate(Comparison.Result r) {
        Claims c = new Claims(r);
        List<Claim> out = new ArrayList<>();
        out.add(c.ringsBeatBully());
        for (Algorithm a : c.known) {
            Textbook t = a.textbook();
            for (Textbook.Claim claim : t.claims()) {
                out.add(c.has(a.name()) ? c.evaluate(a.name(), t, claim) : c.notMeasured(claim.text(), a.name()));
            }
        }
        out.add(c.timeGrowth());
        return out;
    }

    private Claim evaluate(String a, Textbook t, Textbook.Claim claim) {
        if (claim instanceof Textbook.AtMost m) {
            return boundClaim(m.text(), a, m.bound(), m.formula());
        } else if (claim instanceof Textbook.Exactly e) {
            return exactly(a, e);
        } else if (claim instanceof Textbook.AboutAverage v) {
            return aboutAverage(a, v);
        } else if (claim instanceof Textbook.Beats b) {
            return beats(a, t.countedWords(), b);
        } else if (claim instanceof Textbook.ElectsHighest h) {
            return electsHighest(a, h.text());
        }
        return oneRound(a, claim.text());
    }

    private List<String> family(Family family) {
        return known.stream().filter(a -> a.textbook().family() == family).map(Algorithm::name).toList();
    }

    private boolean has(String algorithm) {
        return r.plan().algorithms().stream().anyMatch(a -> a.name().equals(algorithm));
    }

    private Claim notMeasured(String text, String... needed) {
        return new Claim(text, Claim.Support.NOT_MEASURED, "", "needs " + String.join(" and ", needed) + " in the comparison");
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

    private static Claim.Support verdict(int good, int all) {
        return all == 0 ? Claim.Support.NOT_MEASURED : good == all ? Claim.Support.SUPPORTED
                : good == 0 ? Claim.Support.NOT_SUPPORTED : Claim.Support.PARTLY;
    }

    private Claim ringsBeatBully() {
        String text = "A ring election uses fewer messages than Bully.";
        List<String> rings = family(Family.DETERMINISTIC_RING);
        String bully = family(Family.BULLY).stream().filter(this::has).findFirst().orElse(null);
        if (bully == null || rings.stream().noneMatch(this::has)) {
            return notMeasured(text, String.join(" or ", family(Family.BULLY)),
                    "a ring algorithm (" + String.join(", ", rings) + ")");
        }
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        int all = 0;
        int held = 0;
        for (String ring : rings) {
            if (!has(ring)) {
                continue;
            }
            for (Scenario s : Scenario.values()) {
                List<Integer> measured = sizesWhere(n -> both(ring, bully, n, s));
                if (measured.isEmpty()) {
                    bad.add(ring + " " + s.words() + ": not measured (" + firstNote(ring, s) + ")");
                    continue;
                }
                List<Integer> fewer = measured.stream().filter(n -> mean(ring, n, s) < mean(bully, n, s)).toList();
                List<Integer> more = measured.stream().filter(n -> mean(ring, n, s) >= mean(bully, n, s)).toList();
                all += measured.size();
                held += fewer.size();
                if (!fewer.isEmpty()) {
                    good.add(ring + " " + s.words() + " at n = " + ranges(fewer));
                }
                if (!more.isEmpty()) {
                    int n = more.get(more.size() - 1);
                    bad.add(ring + " " + s.words() + " at n = " + ranges(more) + String.format(Locale.ROOT,
                            " (n = %d: %.0f against Bully's %.0f)", n, mean(ring, n, s), mean(bully, n, s)));
                }
            }
        }
        return new Claim(text, verdict(held, all), "mean election messages (each algorithm's textbook count) fewer than Bully's"
                + " ELECTION messages for " + (good.isEmpty() ? "no ring at any n" : String.join("; ", good)), String.join("; ", bad));
    }

    private Claim electsHighest(String algorithm, String text) {
        int measured = 0;
        int highest = 0;
        List<String> bad = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            for (int n : r.sizes()) {
                Cell c = r.cell(algorithm, n, s);
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

    private Claim exactly(String algorithm, Textbook.Exactly claim) {
        IntToDoubleFunction count = claim.count();
        List<Integer> measured = sizesWhere(n -> r.cell(algorithm, n, Scenario.NO_FAULTS).hasData());
        List<Integer> exact = measured.stream().filter(n -> {
            Cell c = r.cell(algorithm, n, Scenario.NO_FAULTS);
            return c.countedMax() == (long) count.applyAsDouble(n) && c.countedMean() == count.applyAsDouble(n);
        }).toList();
        List<Integer> off = measured.stream().filter(n -> !exact.contains(n)).toList();
        return new Claim(claim.text(), verdict(exact.size(), measured.size()), "with no faults every run sent exactly "
                + claim.formula() + " at n = "
                + (exact.isEmpty() ? "none" : ranges(exact)),
                off.isEmpty() ? "" : "other counts at n = " + ranges(off) + " (for example n = " + off.get(0) + ": mean "
                        + fmt(r.cell(algorithm, off.get(0), Scenario.NO_FAULTS).countedMean()) + ")");
    }

    /** The largest count of every measured cell of {@code algorithm} within {@code bound}, per scenario. */
    private Claim boundClaim(String text, String algorithm, IntToDoubleFunction bound, String formula) {
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

    private Claim aboutAverage(String algorithm, Textbook.AboutAverage claim) {
        String text = claim.text();
        double tolerance = claim.tolerance();
        List<Integer> measured = sizesWhere(n -> r.cell(algorithm, n, Scenario.NO_FAULTS).hasData());
        double lo = Double.MAX_VALUE;
        double hi = 0;
        double sumMeasured = 0;
        double sumTheory = 0;
        List<Integer> off = new ArrayList<>();
        for (int n : measured) {
            Cell c = r.cell(algorithm, n, Scenario.NO_FAULTS);
            double ratio = c.countedMean() / claim.mean().applyAsDouble(n);
            lo = Math.min(lo, ratio);
            hi = Math.max(hi, ratio);
            sumMeasured += c.countedMean() * c.measured();
            sumTheory += claim.mean().applyAsDouble(n) * c.measured();
            if (Math.abs(ratio - 1) > tolerance) {
                off.add(n);
            }
        }
        if (measured.isEmpty()) {
            return new Claim(text, Claim.Support.NOT_MEASURED, "", "no run elected a leader");
        }
        String evidence = String.format(Locale.ROOT, "with no faults, mean / " + claim.formula() + " between %.2f and %.2f over n = %s,"
                + " %.3f over all runs (%d runs per n; within %.0f%% counts as about)", lo, hi, ranges(measured),
                sumMeasured / sumTheory, r.plan().runs(), 100 * tolerance);
        return new Claim(text, verdict(measured.size() - off.size(), measured.size()), evidence,
                off.isEmpty() ? "" : "off by more than " + Math.round(100 * tolerance) + "% at n = " + ranges(off)
                        + (r.plan().runs() < 30 ? " (few runs per n: the sample mean itself varies)" : ""));
    }

    private Claim beats(String algorithm, String countedWords, Textbook.Beats claim) {
        IntToDoubleFunction worst = claim.worst();
        List<Integer> measured = sizesWhere(n -> r.cell(algorithm, n, Scenario.NO_FAULTS).hasData());
        List<Integer> wins = measured.stream()
                .filter(n -> r.cell(algorithm, n, Scenario.NO_FAULTS).countedMax() < worst.applyAsDouble(n)).toList();
        List<Integer> loses = measured.stream().filter(n -> !wins.contains(n)).toList();
        String evidence = "largest " + countedWords + " count with no faults below " + claim.worstFormula() + " at n = "
                + (wins.isEmpty() ? "none" : ranges(wins)) + "; its own bound " + claim.ownFormula() + " drops below "
                + claim.worstFormula() + " from n = " + crossover(claim.ownBound(), worst);
        return new Claim(claim.text(), verdict(wins.size(), measured.size()), evidence, loses.isEmpty() ? ""
                : "not at n = " + ranges(loses) + ": on small rings the constant factor of its phases outweighs the log"
                + " (the claim is asymptotic)");
    }

    /** The n from which {@code own} stays below {@code worst} (checked over the next 64 sizes). */
    private static int crossover(IntToDoubleFunction own, IntToDoubleFunction worst) {
        for (int n = 2; n < 1 << 20; n++) {
            boolean fromHere = true;
            for (int m = n; m < n + 64 && fromHere; m++) {
                fromHere = own.applyAsDouble(m) < worst.applyAsDouble(m);
            }
            if (fromHere) {
                return n;
            }
        }
        return -1;
    }

    private Claim oneRound(String algorithm, String text) {
        int measured = 0;
        int one = 0;
        List<Integer> split = new ArrayList<>();
        for (int n : r.sizes()) {
            Cell c = r.cell(algorithm, n, Scenario.NO_FAULTS);
            measured += c.measured();
            one += c.oneRound();
            if (c.oneRound() < c.measured()) {
                split.add(n);
            }
        }
        int crashMeasured = 0;
        int crashOne = 0;
        for (int n : r.sizes()) {
            Cell c = r.cell(algorithm, n, Scenario.LEADER_CRASH);
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
                + percent(algorithm, n -> n < half) + " for n < " + half + ", " + percent(algorithm, n -> n >= half) + " for n ≥ " + half
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
            return new Claim(text, Claim.Support.NOT_MEASURED, "", "needs a range of n spanning at least a factor 2 (got "
                    + lo + ".." + hi + ")");
        }
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Algorithm compared : known) {
            Family family = compared.textbook().family();
            String a = compared.name();
            if (family == Family.OTHER) {
                continue;
            }
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
            boolean ring = family == Family.DETERMINISTIC_RING;
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
