package org.evalaudit.noise.labels;

/**
 * The log-gamma, digamma and trigamma functions the Dirichlet vote model needs (fits by Newton's method).
 * Log-gamma is the Lanczos approximation of Press et al., Numerical Recipes 3rd ed. (2007), §6.1 (routine
 * gammln: g = 671/128, 14 terms), good to about 2e-15 relative for x > 0; digamma and trigamma shift the
 * argument to 10 or more with the recurrences psi(x) = psi(x+1) - 1/x and psi1(x) = psi1(x+1) + 1/x^2, then
 * sum the asymptotic series of Abramowitz and Stegun 6.3.18 and 6.4.12 (truncation error below 1e-13).
 */
final class Special {
    private static final double[] LANCZOS = {
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
        .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
        -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
        -.261908384015814087e-4, .368991826595316234e-5};
    private static final double SQRT_TWO_PI = 2.5066282746310005;
    private static final double SHIFT = 10;

    private Special() {
    }

    /** log Gamma(x) for x > 0. */
    static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        double t = x + 5.24218750000000000;
        t = (x + 0.5) * Math.log(t) - t;
        double series = 0.999999999999997092;
        double y = x;
        for (double c : LANCZOS) {
            series += c / ++y;
        }
        return t + Math.log(SQRT_TWO_PI * series / x);
    }

    /** The digamma function psi(x) = d/dx log Gamma(x), for x > 0. */
    static double digamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("digamma needs x > 0, got " + x);
        }
        double result = 0;
        while (x < SHIFT) {
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
        while (x < SHIFT) {
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
