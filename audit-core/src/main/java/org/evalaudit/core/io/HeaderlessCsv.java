package org.evalaudit.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The original MMLU CSV layout (hendrycks/test {@code data/test/*_test.csv}, and the many benchmarks that copied
 * it): no header row, then question, the choices, and the gold letter. A first row whose first cell reads like
 * a sentence and whose last cell is a single letter A-J is such a data row, never a header (a header's first
 * name has no space), so it is given the names {@code question}, {@code A}, {@code B}, ... and
 * {@code answer}, and read as the first item.
 */
final class HeaderlessCsv {
    private static final Pattern LETTER = Pattern.compile("[A-J]");

    private HeaderlessCsv() {
    }

    /** The column names for a headerless file whose first row is {@code first}, or null when it is a header. */
    static List<String> names(CSVRecord first) {
        int columns = first.size();
        if (columns < 4 || !LETTER.matcher(first.get(columns - 1).strip()).matches()) {
            return null;
        }
        String question = first.get(0).strip();
        if (question.length() < 15 || question.indexOf(' ') < 0) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of("question"));
        for (int c = 0; c < columns - 2; c++) {
            names.add(String.valueOf((char) ('A' + c)));
        }
        names.add("answer");
        return names;
    }
}
