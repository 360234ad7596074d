package org.evalaudit.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.io.InputSummary;

/**
 * The whole result of an audit, the one tree every renderer draws from.
 *
 * @param schema always {@link #SCHEMA}
 * @param tool name and version
 * @param generatedAt ISO timestamp, or null (the default, so that reports are byte-reproducible)
 * @param inputs provenance of every input file
 * @param options options and thresholds that were set, sorted
 * @param scorecard one row per sin, in {@link Sin} order
 * @param findings all findings in scorecard order
 */
public record Report(String schema, ToolInfo tool, String generatedAt, List<InputSummary> inputs,
                     Map<String, String> options, List<ScorecardRow> scorecard, List<Finding> findings) {

    public static final String SCHEMA = "evalaudit.report/1";

    public Report {
        inputs = List.copyOf(inputs);
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
        scorecard = List.copyOf(scorecard);
        findings = List.copyOf(findings);
    }

    /** A report whose scorecard is derived from the findings. */
    public static Report of(ToolInfo tool, String generatedAt, List<InputSummary> inputs,
                            Map<String, String> options, List<Finding> findings) {
        return new Report(SCHEMA, tool, generatedAt, inputs, options, scorecard(findings), findings);
    }

    /**
     * One row per sin: the worst finding of that sin (ERROR > FAIL > WARN > PASS > NOT_ASSESSED; the
     * first in finding order on ties). A sin no check spoke to is NOT_ASSESSED.
     */
    public static List<ScorecardRow> scorecard(List<Finding> findings) {
        List<ScorecardRow> rows = new ArrayList<>();
        for (Sin sin : Sin.values()) {
            Optional<Finding> worst = Optional.empty();
            for (Finding f : findings) {
                if (f.sin() == sin && (worst.isEmpty() || f.severity().rank() > worst.get().severity().rank())) {
                    worst = Optional.of(f);
                }
            }
            rows.add(worst.map(f -> new ScorecardRow(sin, f.severity(), f.headline(), f.id(), f.summary()))
                    .orElse(new ScorecardRow(sin, Severity.NOT_ASSESSED, Headline.none(), null,
                            "no check for this sin ran")));
        }
        return rows;
    }

    /** The worst severity in the scorecard, for {@code --fail-on}. */
    public Severity worst() {
        return scorecard.stream().map(ScorecardRow::severity)
                .max(Comparator.comparingInt(Severity::rank)).orElse(Severity.NOT_ASSESSED);
    }
}
