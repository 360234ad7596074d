package org.evalaudit.cli;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.CardReader;
import org.evalaudit.core.io.FieldMapping;
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
        }
        Results results = null;
        if (!options.results.isEmpty()) {
            Loaded<Results> loaded = ResultsReader.read(options.results, benchmark,
                    FieldMapping.parseOverrides(options.resultsFields), options.onError, options.resultsFormat);
            results = loaded.value();
            summaries.addAll(loaded.inputs());
        }
        BenchmarkCard card = null;
        if (options.card != null) {
            Loaded<BenchmarkCard> loaded = CardReader.read(options.card);
            card = loaded.value();
            summaries.addAll(loaded.inputs());
        }
        return new LoadedInputs(benchmark, results, card, summaries);
    }
}
