package org.evalaudit.cli;

import java.util.List;
import org.evalaudit.core.io.InputSummary;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Results;

/** What a command read, each part null when not given, with the provenance of every file. */
record LoadedInputs(Benchmark benchmark, Results results, BenchmarkCard card, List<InputSummary> inputs) {
}
