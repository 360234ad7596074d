package org.evalaudit.core.report;

import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;

/**
 * Wording shared by the human-readable renderers (Markdown and HTML), so that both say the same thing:
 * the row limit, the note that replaces cut rows, and how a headline reads.
 */
final class ReadableText {
    /** Rows and items shown per finding unless the renderer is told otherwise. */
    static final int DEFAULT_MAX_ROWS = 50;

    private ReadableText() {
    }

    /** "12 more rows in model-scores.csv": the finding's first export, or report.json which has all rows. */
    static String moreRows(Finding finding, int hidden) {
        String file = finding.exports().isEmpty() ? ReportFormat.JSON.fileName()
                : finding.exports().get(0).fileName();
        return hidden + " more rows in " + file;
    }

    /** "40 more items in flagged-items.csv and report.json". */
    static String moreItems(int hidden) {
        return hidden + " more items in " + ReportFormat.CSV.fileName() + " and " + ReportFormat.JSON.fileName();
    }

    /**
     * "mde_points = 9.8"; "mde_points: no value" when the headline carries no finite value; "—" for
     * {@link Headline#none()}.
     */
    static String headline(Headline headline) {
        if (headline.value() != null && Double.isFinite(headline.value())) {
            return headline.name() + " = " + Cells.displayDouble(headline.value());
        }
        return headline.equals(Headline.none()) ? "—" : headline.name() + ": no value";
    }

    static int checkedMaxRows(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
        }
        return maxRows;
    }
}
