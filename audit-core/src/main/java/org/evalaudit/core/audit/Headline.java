package org.evalaudit.core.audit;

/**
 * The one number that sums up a finding, e.g. {@code ("mde_points", 9.8)}.
 *
 * @param name what the number is, snake_case
 * @param value the number, or null when not assessed
 */
public record Headline(String name, Double value) {
    public static Headline none() {
        return new Headline("none", null);
    }
}
