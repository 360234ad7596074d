package org.evalaudit.noise.labels;

import java.util.function.DoubleUnaryOperator;

/**
 * Golden-section search for the maximum of a function of one variable that is unimodal on an interval:
 * the label model's one-parameter fits (a cluster prior's strength, a subject's difficulty) need no
 * derivatives this way.
 */
final class GoldenSection {
    private static final double RATIO = (Math.sqrt(5) - 1) / 2;

    private GoldenSection() {
    }

    /** The x in [lo, hi] that maximises {@code f}, after {@code iterations} narrowings of the interval. */
    static double maximise(DoubleUnaryOperator f, double lo, double hi, int iterations) {
        double a = hi - RATIO * (hi - lo);
        double b = lo + RATIO * (hi - lo);
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        for (int k = 0; k < iterations; k++) {
            if (fa > fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - RATIO * (hi - lo);
                fa = f.applyAsDouble(a);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + RATIO * (hi - lo);
                fb = f.applyAsDouble(b);
            }
        }
        return (lo + hi) / 2;
    }
}
