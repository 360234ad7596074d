package org.evalaudit.noise.stats;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22:209-212; Newcombe 1998, Stat. Med. 17:857-872,
 * method 3). Unlike the Wald interval p +- z sqrt(p(1-p)/n) it does not collapse to a point at 0% or
 * 100%, which matters for small benchmarks and for models that solve everything:
 * <pre>
 *   centre = (p + z^2/(2n)) / (1 + z^2/n)
 *   half   = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/(4n^2))
 * </pre>
 */
public final class Wilson {
    private Wilson() {
    }

    /**
     * @param successes number of successes (a whole number for 0/1 scores)
     * @param n number of trials, at least 1
     * @param z normal quantile of the confidence level, e.g. 1.96 for 95%
     */
    public static Interval interval(double successes, long n, double z) {
        if (n < 1 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n and n >= 1, got " + successes + " of " + n);
        }
        double p = successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        // At p = 0 the lower bound is exactly 0 and at p = 1 the upper bound exactly 1; the formula only
        // reaches them up to rounding, and elsewhere the bounds lie strictly inside [0, 1].
        double low = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double high = successes == n ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(low, high);
    }
}
