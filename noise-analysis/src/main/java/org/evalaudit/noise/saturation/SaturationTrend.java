package org.evalaudit.noise.saturation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trend of the state of the art over time and when it reaches the ceiling. The points are the
 * frontier: models sorted by release date that beat every earlier model. A least-squares line
 * score = a + b t (t in days) is fitted to them, and the projected date solves a + b t = ceiling.
 * No projection when the line does not rise or the date would lie beyond year 9999.
 *
 * @param frontier the frontier points, oldest first
 * @param pointsPerYear slope b in points (percentage points) per year
 * @param projected the date the line reaches the ceiling, if it does
 */
public record SaturationTrend(List<Point> frontier, double pointsPerYear, LocalDate projected) {
    private static final double DAYS_PER_YEAR = 365.25;

    public SaturationTrend {
        frontier = List.copyOf(frontier);
    }

    /** A dated model score. */
    public record Point(String model, LocalDate date, double score) {
    }

    public Optional<LocalDate> projectedDate() {
        return Optional.ofNullable(projected);
    }

    /**
     * @param scores mean score per model
     * @param releaseDates release date per model (models without one are left out)
     * @return empty with fewer than two frontier points on distinct dates
     */
    public static Optional<SaturationTrend> fit(Map<String, Double> scores, Map<String, LocalDate> releaseDates,
                                                double ceiling) {
        List<Point> dated = new ArrayList<>();
        scores.forEach((model, score) -> {
            LocalDate date = releaseDates.get(model);
            if (date != null && !Double.isNaN(score)) {
                dated.add(new Point(model, date, score));
            }
        });
        dated.sort(Comparator.comparing(Point::date).thenComparing(Point::score, Comparator.reverseOrder())
                .thenComparing(Point::model));
        List<Point> frontier = new ArrayList<>();
        for (Point p : dated) {
            if (frontier.isEmpty() || p.score() > frontier.get(frontier.size() - 1).score()) {
                frontier.add(p);
            }
        }
        if (frontier.stream().map(Point::date).distinct().count() < 2) {
            return Optional.empty();
        }
        double meanT = frontier.stream().mapToDouble(p -> p.date().toEpochDay()).average().orElseThrow();
        double meanY = frontier.stream().mapToDouble(Point::score).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Point p : frontier) {
            double dt = p.date().toEpochDay() - meanT;
            sxy += dt * (p.score() - meanY);
            sxx += dt * dt;
        }
        double slope = sxy / sxx;
        LocalDate projected = null;
        if (slope > 0) {
            double day = meanT + (ceiling - meanY) / slope;
            if (day < LocalDate.of(9999, 12, 31).toEpochDay()) {
                projected = LocalDate.ofEpochDay((long) Math.ceil(day));
            }
        }
        return Optional.of(new SaturationTrend(frontier, slope * DAYS_PER_YEAR * 100, projected));
    }
}
