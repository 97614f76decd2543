package dev.electorate.impl.itairodeh;

import java.math.BigInteger;

/**
 * How many rounds Itai-Rodeh takes on a ring of n with ids drawn from 1..K, exactly. The rounds
 * form a Markov chain over the number a of active processes: each draws uniformly from 1..K, the
 * processes holding the maximum go on, so a goes to j with probability
 * P(a, j) = C(a, j) * sum over m in 1..K of (m - 1)^(a - j) / K^a (j of them draw m, the others
 * less), and the election ends in the first round whose maximum is unique. With T(a) the rounds
 * still to come when a processes are about to draw, T(1) = 1 and T(a) = 1 + [J >= 2] T(J), J drawn
 * from P(a, .); the expectations solve a triangular system (each row has a self-loop P(a, a)).
 */
public final class Rounds {

    /** An exact non-negative rational, always in lowest terms. */
    public record Ratio(BigInteger numerator, BigInteger denominator) {

        public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
        public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

        public Ratio {
            if (denominator.signum() <= 0) {
                throw new IllegalArgumentException("denominator must be positive: " + denominator);
            }
            BigInteger g = numerator.gcd(denominator);
            if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
                numerator = numerator.divide(g);
                denominator = denominator.divide(g);
            }
        }

        public static Ratio of(long numerator, long denominator) {
            return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }

        public Ratio plus(Ratio o) {
            return new Ratio(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                    denominator.multiply(o.denominator));
        }

        public Ratio minus(Ratio o) {
            return plus(new Ratio(o.numerator.negate(), o.denominator));
        }

        public Ratio times(Ratio o) {
            return new Ratio(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
        }

        public Ratio dividedBy(Ratio o) {
            if (o.numerator.signum() == 0) {
                throw new ArithmeticException("division by zero");
            }
            BigInteger n = numerator.multiply(o.denominator);
            BigInteger d = denominator.multiply(o.numerator);
            return d.signum() < 0 ? new Ratio(n.negate(), d.negate()) : new Ratio(n, d);
        }

        public double doubleValue() {
            return new java.math.BigDecimal(numerator).divide(new java.math.BigDecimal(denominator),
                    java.math.MathContext.DECIMAL64).doubleValue();
        }

        @Override
        public String toString() {
            return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
        }
    }

    private final int n;
    private final int k;
    /** p[a][j]: from a active processes, j hold the maximum of the round. */
    private final Ratio[][] p;
    private final Ratio[] mean;
    private final Ratio[] square;

    /** The chain for a ring of {@code n} processes drawing from 1..{@code k} (k >= 2 when n >= 2). */
    public Rounds(int n, int k) {
        if (n < 1 || k < 1 || n >= 2 && k < 2) {
            throw new IllegalArgumentException("need n >= 1 and K >= 2 (with K = 1 two processes tie for"
                    + " ever), got n = " + n + ", K = " + k);
        }
        this.n = n;
        this.k = k;
        this.p = new Ratio[n + 1][n + 1];
        BigInteger kk = BigInteger.valueOf(k);
        for (int a = 1; a <= n; a++) {
            BigInteger all = kk.pow(a);
            for (int j = 1; j <= a; j++) {
                BigInteger ways = BigInteger.ZERO;
                for (int m = 1; m <= k; m++) {
                    ways = ways.add(BigInteger.valueOf(m - 1).pow(a - j));
                }
                p[a][j] = new Ratio(binomial(a, j).multiply(ways), all);
            }
        }
        mean = new Ratio[n + 1];
        square = new Ratio[n + 1];
        for (int a = 1; a <= n; a++) {
            Ratio stay = a >= 2 ? p[a][a] : Ratio.ZERO;
            Ratio lowerMean = Ratio.ZERO;   // sum over 2 <= j < a of P(a,j) E[T(j)]
            Ratio lowerSquare = Ratio.ZERO; // sum over 2 <= j < a of P(a,j) E[T(j)^2]
            for (int j = 2; j < a; j++) {
                lowerMean = lowerMean.plus(p[a][j].times(mean[j]));
                lowerSquare = lowerSquare.plus(p[a][j].times(square[j]));
            }
            Ratio leave = Ratio.ONE.minus(stay);
            mean[a] = Ratio.ONE.plus(lowerMean).dividedBy(leave);
            // E[T^2] = 1 + 2 E[T'] + E[T'^2] with T' = [J >= 2] T(J); the self-loop term moves left.
            Ratio two = Ratio.of(2, 1);
            Ratio tMean = lowerMean.plus(stay.times(mean[a]));
            square[a] = Ratio.ONE.plus(two.times(tMean)).plus(lowerSquare).dividedBy(leave);
        }
    }

    /** P(a, j): from {@code a} active processes, {@code j} draw the round's maximum. */
    public Ratio transition(int a, int j) {
        return p[a][j];
    }

    /** E(n, K): the expected number of rounds, the first included. */
    public Ratio expected() {
        return mean[n];
    }

    /** The variance of the number of rounds. */
    public Ratio variance() {
        return square[n].minus(mean[n].times(mean[n]));
    }

    /** P(rounds > r), in floating point. */
    public double tail(int r) {
        double[] dist = new double[n + 1];
        dist[n] = 1;
        for (int round = 0; round < r; round++) {
            double[] next = new double[n + 1];
            for (int a = 2; a <= n; a++) {
                for (int j = 2; j <= a; j++) {
                    next[j] += dist[a] * p[a][j].doubleValue();
                }
            }
            dist = next;
        }
        double sum = 0;
        for (int a = 2; a <= n; a++) {
            sum += dist[a];
        }
        return sum;
    }

    /** The fewest rounds r with P(rounds > r) at most {@code probability}. */
    public int roundsWithin(double probability) {
        int r = 1;
        while (tail(r) > probability) {
            r++;
        }
        return r;
    }

    public int n() {
        return n;
    }

    public int k() {
        return k;
    }

    private static BigInteger binomial(int a, int j) {
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < j; i++) {
            b = b.multiply(BigInteger.valueOf(a - i)).divide(BigInteger.valueOf(i + 1));
        }
        return b;
    }
}
