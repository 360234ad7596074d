package org.evalaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.evalaudit.contamination.index.CorpusIndexQuery;
import org.evalaudit.core.audit.Audit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalaudit audit}: every check on the class path, one report. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Runs every check (all sins) and writes report.json, report.md, report.html and "
                + "flagged-items.csv, plus the per-check tables.",
        footer = {"%nExamples:",
                "  evalaudit audit --benchmark items.jsonl --results preds.jsonl --out out/r",
                "  evalaudit audit --benchmark items.jsonl --results a.jsonl --results b.jsonl --card card.json \\",
                "      --corpus crawl/ --out out/r --fail-on warn",
                ExitCodes.HELP})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(validate = false, heading = "%nInputs:%n", order = 1)
    InputOptions inputs = new InputOptions();

    @ArgGroup(validate = false, heading = "%nContamination:%n", order = 2)
    CorpusOptions corpus = new CorpusOptions();

    @ArgGroup(validate = false, heading = "%nContamination detection (with --corpus or --index):%n", order = 3)
    DetectionOptions detection = new DetectionOptions();

    @ArgGroup(validate = false, heading = "%nCorpus fields:%n", order = 4)
    CorpusFormatOptions format = new CorpusFormatOptions();

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 5)
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        if (inputs.benchmark == null && inputs.results.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give at least --benchmark or --results");
        }
        output.requireOut(spec);
        if (corpus.index != null) {
            CorpusIndexQuery.open(corpus.index, 1).close(); // refuses a missing or incompatible index before any work
        }
        LoadedInputs loaded = InputLoader.load(inputs);
        Map<String, String> options = new TreeMap<>();
        if (!corpus.corpora.isEmpty() || corpus.index != null) {
            options.putAll(detection.options());
            options.putAll(format.options(inputs.onError));
        }
        return ReportSession.run("audit", Audit.discover(), loaded, List.of(), output, options,
                corpus::configure, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Corpus inputs for the contamination checks inside a full audit. */
    static final class CorpusOptions {
        @Option(names = "--corpus", paramLabel = "PATH", arity = "1..*",
                description = "Corpus files, folders or globs to scan for leaked items.")
        List<Path> corpora = new ArrayList<>();

        @Option(names = "--index", paramLabel = "DIR",
                description = "A corpus index built by 'evalaudit contamination index'.")
        Path index;

        void configure(org.evalaudit.core.audit.AuditContext.Builder builder) {
            builder.corpora(corpora).corpusIndex(index);
        }
    }
}
