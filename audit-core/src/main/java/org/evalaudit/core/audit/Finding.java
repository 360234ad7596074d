package org.evalaudit.core.audit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * What one check found. Immutable.
 *
 * @param id stable id of the finding, {@code <check-id>} or {@code <check-id>/<part>}
 * @param sin the sin it speaks to
 * @param severity PASS, WARN, FAIL, NOT_ASSESSED or ERROR
 * @param headline the one number
 * @param summary one or two sentences in words, e.g. "with 164 items, differences under 9.8 points
 *     cannot be told apart"
 * @param table evidence shown in the report (keep it short; full data goes to exports)
 * @param items flagged items, most suspect first
 * @param exports full tables written as files beside the report
 */
public record Finding(String id, Sin sin, Severity severity, Headline headline, String summary, Table table,
                      List<FlaggedItem> items, List<Export> exports) {

    public Finding {
        table = table == null ? Table.empty() : table;
        items = items == null ? List.of() : List.copyOf(items);
        exports = exports == null ? List.of() : List.copyOf(exports);
    }

    public static Finding of(String id, Sin sin, Severity severity, Headline headline, String summary) {
        return new Finding(id, sin, severity, headline, summary, Table.empty(), List.of(), List.of());
    }

    /** The check could not run because an input is missing; {@code reason} says which. */
    public static Finding notAssessed(String id, Sin sin, String reason) {
        return of(id, sin, Severity.NOT_ASSESSED, Headline.none(), reason);
    }

    /** The check failed; the audit goes on and this finding records the failure. */
    public static Finding error(String id, Sin sin, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String first = trace.toString().lines().limit(6).reduce((a, b) -> a + "\n" + b).orElse("");
        return new Finding(id, sin, Severity.ERROR, Headline.none(),
                "check failed: " + failure, Table.of("stack").row(first).build(), List.of(), List.of());
    }

    public Finding withTable(Table newTable) {
        return new Finding(id, sin, severity, headline, summary, newTable, items, exports);
    }

    public Finding withItems(List<FlaggedItem> newItems) {
        return new Finding(id, sin, severity, headline, summary, table, newItems, exports);
    }

    public Finding withExports(List<Export> newExports) {
        return new Finding(id, sin, severity, headline, summary, table, items, newExports);
    }
}
