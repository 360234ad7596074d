package org.evalaudit.noise.prompt;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evalaudit.core.io.InputError;
import org.evalaudit.noise.matrix.Axis;
import org.evalaudit.noise.matrix.ConditionScores;

/**
 * Reads the aggregated layout: a CSV table with one row per template or paraphrase and one column per
 * model, as published by Mizrahi et al. ({@code paraphrase idx,<model>_acc,...}; see
 * shared/data/multi-prompt). The first column whose header does not end in {@code _acc} names the
 * condition; every column ending in {@code _acc} is a model (the suffix dropped) whose cells are
 * accuracies in [0, 1]. An empty cell means the model was not run with that prompt.
 */
public final class AccuracyTableReader {
    private static final String SUFFIX = "_acc";

    private AccuracyTableReader() {
    }

    /** @throws InputError naming file, line and column for a bad header or cell, or when the file cannot be read */
    public static ConditionScores read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            String conditionColumn = header.stream().filter(h -> !h.endsWith(SUFFIX)).findFirst()
                    .orElseThrow(() -> new InputError(file, 1, null, "no condition column (e.g. 'paraphrase idx')"));
            List<String> modelColumns = header.stream().filter(h -> h.endsWith(SUFFIX)).toList();
            if (modelColumns.isEmpty()) {
                throw new InputError(file, 1, null, "no model column: expected headers like '<model>_acc'");
            }
            List<String> conditions = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    throw new InputError(file, line, null, "expected " + header.size() + " cells, got " + record.size());
                }
                conditions.add(record.get(conditionColumn));
                double[] row = new double[modelColumns.size()];
                for (int m = 0; m < row.length; m++) {
                    row[m] = accuracy(file, line, modelColumns.get(m), record.get(modelColumns.get(m)));
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new InputError(file, 0, null, "no rows after the header");
            }
            List<String> models = modelColumns.stream().map(h -> h.substring(0, h.length() - SUFFIX.length())).toList();
            return new ConditionScores(Axis.TEMPLATE, conditions, models, rows.toArray(double[][]::new));
        } catch (IOException e) {
            throw new InputError(file, 0, null, "cannot read: " + e, e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports an unclosed quote or a duplicate header this way
            throw new InputError(file, 0, null, "malformed CSV: " + e.getMessage(), e);
        }
    }

    private static double accuracy(Path file, long line, String column, String cell) {
        String text = cell.trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new InputError(file, line, column, "expected an accuracy in [0, 1] or an empty cell, got \"" + cell + "\"");
    }
}
