package dev.electorate.harness.fault;

import dev.electorate.harness.io.BadInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a clock of the {@code clock-skew} class may drift: with a bound D, a skewed clock runs
 * at a rate between 1/(1+D) and 1+D of real time, drawn at least half as far off as the bound (it gains or loses at most a factor 1+D), so a
 * lease whose holder stops trusting it a factor 1+D before its grantors may grant it again holds
 * under one skewed clock. Unbounded, rates are drawn from 25% to 80% and 125% to 400%.
 *
 * @param perMille D in thousandths (100 for 10%), or 0 for unbounded
 */
public record DriftBound(int perMille) {

    /** The largest bound accepted: a clock four times as fast or slow, as the unbounded draw reaches. */
    public static final int MAX_PER_MILLE = 3000;

    /** No bound: the class's wide draw, far outside any lease margin. */
    public static final DriftBound UNBOUNDED = new DriftBound(0);

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,4})(?:\\.(\\d))?%");

    public DriftBound {
        if (perMille < 0 || perMille > MAX_PER_MILLE) {
            throw new IllegalArgumentException("drift bound " + perMille + " per mille is outside 0.." + MAX_PER_MILLE);
        }
    }

    /** Reads {@code --max-drift}: a percentage with at most one decimal, such as {@code 10%} or {@code 2.5%}. */
    public static DriftBound parse(String text) {
        Matcher m = PERCENT.matcher(text.trim());
        if (!m.matches()) {
            throw new BadInputException("--max-drift " + text + " is not a percentage; write it as 10% or 2.5%"
                    + " (a skewed clock then runs between 1/(1+D) and 1+D of real time)");
        }
        int perMille = Integer.parseInt(m.group(1)) * 10 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        if (perMille < 1 || perMille > MAX_PER_MILLE) {
            throw new BadInputException("--max-drift " + text + " is out of range; give 0.1% to "
                    + MAX_PER_MILLE / 10 + "% (leave it out for the class's unbounded rates, 25% to 400%)");
        }
        return new DriftBound(perMille);
    }

    /** Whether skewed clocks are drawn within a bound. */
    public boolean bounded() {
        return perMille > 0;
    }

    /** The bound as given, such as {@code 10%}, or {@code unbounded}. */
    public String describe() {
        return bounded() ? perMille / 10 + (perMille % 10 == 0 ? "" : "." + perMille % 10) + "%" : "unbounded";
    }
}
