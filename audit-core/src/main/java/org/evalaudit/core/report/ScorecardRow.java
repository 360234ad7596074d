package org.evalaudit.core.report;

import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;

/**
 * One row of the scorecard: a sin, its worst severity and the headline of the finding that set it.
 *
 * @param findingId the finding the headline comes from, or null when no check spoke to the sin
 */
public record ScorecardRow(Sin sin, Severity severity, Headline headline, String findingId, String summary) {
}
