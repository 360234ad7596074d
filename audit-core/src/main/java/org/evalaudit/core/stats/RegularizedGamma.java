package org.evalaudit.core.stats;

/**
 * The regularized incomplete gamma functions P(a, x) = γ(a, x) / Γ(a) and Q(a, x) = 1 − P(a, x), which
 * give chi-square tail probabilities: P(χ²_k ≥ x) = Q(k/2, x/2).
 *
 * <p>Method of Press, Teukolsky, Vetterling and Flannery, <i>Numerical Recipes</i>, 3rd ed. (2007),
 * §6.2: for x &lt; a + 1 the series γ(a,x) = e^{−x} x^a Σ_{n≥0} x^n / (a(a+1)…(a+n)), otherwise the
 * continued fraction for Γ(a,x) evaluated with the modified Lentz method; ln Γ by Stirling's
 * series ({@link #logGamma}). Both expansions converge to double precision well within the iteration
 * cap for the arguments the checks use (a up to a few hundred).
 */
public final class RegularizedGamma {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;
    /** Stirling-series coefficients B_2k / (2k (2k − 1)), k = 1..7 (Abramowitz and Stegun 6.1.41). */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156};
    /** Below this argument the recurrence shifts up before the Stirling series is used. */
    private static final double STIRLING_FROM = 10;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private RegularizedGamma() {
    }

    /**
     * ln Γ(a) for a &gt; 0: Stirling's series (x − ½) ln x − x + ½ ln 2π + Σ_k B_2k / (2k(2k−1) x^{2k−1})
     * for x ≥ 10, where the first omitted term is below 1e-17; smaller arguments are shifted up with
     * Γ(a) = Γ(a + n) / (a (a+1) … (a+n−1)) (Abramowitz and Stegun 6.1.15).
     */
    public static double logGamma(double a) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("logGamma needs finite a > 0, got " + a);
        }
        double x = a;
        double shift = 1;
        while (x < STIRLING_FROM) {
            shift *= x;
            x += 1;
        }
        double inverse = 1 / x;
        double inverseSquare = inverse * inverse;
        double series = 0;
        double power = inverse;
        for (double coefficient : STIRLING) {
            series += coefficient * power;
            power *= inverseSquare;
        }
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - Math.log(shift);
    }

    /** P(a, x), the lower regularized incomplete gamma function; a &gt; 0, x ≥ 0. */
    public static double p(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 0;
        }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
    }

    /** Q(a, x) = 1 − P(a, x), the upper regularized incomplete gamma function; a &gt; 0, x ≥ 0. */
    public static double q(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
    }

    private static void check(double a, double x) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("incomplete gamma needs finite a > 0, got " + a);
        }
        if (!(x >= 0)) {
            throw new IllegalArgumentException("incomplete gamma needs x >= 0, got " + x);
        }
    }

    /** e^{−x + a ln x − ln Γ(a)}, the common prefactor of both expansions. */
    private static double prefactor(double a, double x) {
        return Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double series(double a, double x) {
        double ap = a;
        double term = 1 / a;
        double sum = term;
        for (int n = 0; n < MAX_ITERATIONS; n++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                return sum * prefactor(a, x);
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                return prefactor(a, x) * h;
            }
        }
        throw new ArithmeticException("incomplete gamma continued fraction did not converge for a=" + a + ", x=" + x);
    }
}
