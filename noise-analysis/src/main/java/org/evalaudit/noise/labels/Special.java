package org.evalaudit.noise.labels;

/**
 * The log-gamma, digamma and trigamma functions the Dirichlet vote model needs (fits by Newton's method).
 * Log-gamma is Lanczos' approximation (g = 7, 9 terms; Press et al., Numerical Recipes 3rd ed. §6.1),
 * good to about 1e-15 relative; digamma and trigamma shift the argument above 6 with the recurrences
 * psi(x) = psi(x+1) - 1/x and psi1(x) = psi1(x+1) + 1/x^2, then use the asymptotic series of
 * Abramowitz and Stegun 6.3.18 and 6.4.12.
 */
final class Special {
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private Special() {
    }

    /** log Gamma(x) for x > 0. */
    static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        if (x < 0.5) {
            // reflection: Gamma(x) Gamma(1-x) = pi / sin(pi x)
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The digamma function psi(x) = d/dx log Gamma(x), for x > 0. */
    static double digamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("digamma needs x > 0, got " + x);
        }
        double result = 0;
        while (x < 6) {
            result -= 1 / x;
            x += 1;
        }
        double f = 1 / (x * x);
        double series = f * (-1.0 / 12 + f * (1.0 / 120 + f * (-1.0 / 252 + f * (1.0 / 240 + f * (-1.0 / 132)))));
        return result + Math.log(x) - 0.5 / x + series;
    }

    /** The trigamma function psi'(x), for x > 0. */
    static double trigamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("trigamma needs x > 0, got " + x);
        }
        double result = 0;
        while (x < 6) {
            result += 1 / (x * x);
            x += 1;
        }
        double f = 1 / (x * x);
        double series = 1 / x + f / 2 + f / x * (1.0 / 6 + f * (-1.0 / 30 + f * (1.0 / 42 + f * (-1.0 / 30))));
        return result + series;
    }

    /** log(exp(a) + exp(b)) without overflow; either argument may be negative infinity. */
    static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    /** log(p / (1 - p)). */
    static double logit(double p) {
        return Math.log(p) - Math.log1p(-p);
    }
}
