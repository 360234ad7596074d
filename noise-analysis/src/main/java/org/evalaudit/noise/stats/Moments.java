package org.evalaudit.noise.stats;

/**
 * Count, mean and sample variance of the present (non-NaN) values of an array, computed in two passes
 * so that the variance keeps its precision when it is small against the mean. NaN marks a missing
 * value throughout this module (an item a model did not answer).
 *
 * @param n number of present values
 * @param mean their mean, NaN when n = 0
 * @param sampleVariance sum (x - mean)^2 / (n - 1), NaN when n < 2
 */
public record Moments(int n, double mean, double sampleVariance) {

    public static Moments of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Moments(0, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double r = v - mean;
                squares += r * r;
            }
        }
        return new Moments(n, mean, n < 2 ? Double.NaN : squares / (n - 1));
    }

    /** The population variance sum (x - mean)^2 / n, which some tools (eval-arena) publish. */
    public double populationVariance() {
        return n < 2 ? (n == 1 ? 0.0 : Double.NaN) : sampleVariance * (n - 1) / n;
    }

    /** The sample standard deviation. */
    public double sd() {
        return Math.sqrt(sampleVariance);
    }
}
