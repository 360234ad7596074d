package org.evalaudit.noise.stats;

/**
 * A two-sided confidence interval.
 *
 * @param low lower bound
 * @param high upper bound
 */
public record Interval(double low, double high) {

    /** Half the width: the "plus or minus" of the interval. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
