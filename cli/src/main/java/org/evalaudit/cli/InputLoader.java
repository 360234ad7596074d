package org.evalaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.CardReader;
import org.evalaudit.core.io.FieldMapping;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.io.InputPaths;
import org.evalaudit.core.io.InputSummary;
import org.evalaudit.core.io.Loaded;
import org.evalaudit.core.io.ResultsReader;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Results;

/** Reads the inputs named by {@link InputOptions}; an {@code InputError} propagates (exit code 3). */
final class InputLoader {
    private InputLoader() {
    }

    static LoadedInputs load(InputOptions options) {
        List<InputSummary> summaries = new ArrayList<>();
        Benchmark benchmark = null;
        if (options.benchmark != null) {
            Loaded<Benchmark> loaded = BenchmarkReader.read(options.benchmark,
                    FieldMapping.parseOverrides(options.benchmarkFields), options.onError);
            benchmark = loaded.value();
            summaries.addAll(loaded.inputs());
            requireRecords(options.benchmark, benchmark.size(), loaded.inputs(), "holds no items");
        }
        Results results = null;
        if (!options.results.isEmpty()) {
            List<Path> files = InputPaths.expand(options.results.stream().map(Path::toString).toList(),
                    ResultsReader::isResultsFile, "results");
            Loaded<Results> loaded = ResultsReader.read(files, benchmark,
                    FieldMapping.parseOverrides(options.resultsFields), options.onError, options.resultsFormat);
            results = loaded.value();
            summaries.addAll(loaded.inputs());
            requireRecords(options.results.get(0), results.size(), loaded.inputs(),
                    options.results.size() == 1 ? "holds no responses" : "hold no responses (none of the files)");
        }
        BenchmarkCard card = null;
        if (options.card != null) {
            Loaded<BenchmarkCard> loaded = CardReader.read(options.card);
            card = loaded.value();
            summaries.addAll(loaded.inputs());
        }
        return new LoadedInputs(benchmark, results, card, summaries);
    }

    /** An input that yields nothing is a mistake (an empty file, the wrong file, every record bad), not data. */
    private static void requireRecords(Path file, int records, List<InputSummary> inputs, String problem) {
        if (records > 0) {
            return;
        }
        long skipped = inputs.stream().mapToLong(InputSummary::skipped).sum();
        throw new InputError(file, 0, null, skipped > 0
                ? "every record was skipped (" + skipped + " bad records), so nothing is left to audit"
                : problem + ": is it empty, or the wrong file?");
    }
}
