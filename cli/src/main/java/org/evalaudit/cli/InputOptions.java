package org.evalaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.ResultsFormat;
import picocli.CommandLine.Option;

/** The benchmark, results and card options shared by the commands that read them. */
public final class InputOptions {

    @Option(names = "--benchmark", paramLabel = "FILE",
            description = "Benchmark items: JSONL or CSV, optionally .gz/.zst.")
    Path benchmark;

    @Option(names = "--results", paramLabel = "PATH", arity = "1..*",
            description = "Per-item results: long-format JSONL/CSV, lm-evaluation-harness samples_*.jsonl "
                    + "or Inspect logs (.eval or .json); files, folders (searched recursively; lm-eval's "
                    + "aggregate results_*.json is skipped) or quoted globs. Repeatable.")
    List<Path> results = new ArrayList<>();

    @Option(names = "--card", paramLabel = "FILE",
            description = "Benchmark card (JSON): headline metric, subsets, attestations, model dates.")
    Path card;

    @Option(names = "--benchmark-fields", paramLabel = "MAP",
            description = "Field names of the benchmark, e.g. id=qid,gold=answer_letter.")
    String benchmarkFields;

    @Option(names = "--results-fields", paramLabel = "MAP",
            description = "Field names of the results, e.g. item_id=example_id,score=pass1.")
    String resultsFields;

    @Option(names = "--results-format", paramLabel = "auto|long|lm_eval|inspect|wide", defaultValue = "auto",
            description = "Layout of the results files (default: ${DEFAULT-VALUE}, detected per file).")
    ResultsFormat resultsFormat = ResultsFormat.AUTO;

    @Option(names = "--on-error", paramLabel = "fail|skip", defaultValue = "fail",
            description = "On a bad benchmark, results or corpus record: fail (default; nothing is written) or skip "
                    + "(counted and listed in the report). A corpus record inside a JSON array or a WARC file "
                    + "cannot be skipped.")
    ErrorPolicy onError;
}
