package org.evalaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.evalaudit.core.audit.Audit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evalaudit contamination scan}: one pass over corpora with an in-memory n-gram index. */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Scans corpora (.txt, .jsonl, .json.gz, .jsonl.zst, Parquet, WARC/WET; files, folders, globs) "
                + "for every benchmark item in one parallel pass. Writes the report files, contamination-items.csv "
                + "(one row per item) and contaminated-docs.jsonl (one line per document with hits). With --results, "
                + "also compares each model's score on clean and dirty items; items with split public/private get "
                + "a public-vs-private gap test.",
        footer = {"%nExamples:",
                "  evalaudit contamination scan --benchmark items.jsonl --corpus crawl/ --out out/c",
                "  evalaudit contamination scan --benchmark items.jsonl --results preds.jsonl \\",
                "      --corpus 'cc/*.warc.wet.gz' --preset gpt3 --threads 2 --out out/c --resume",
                "  evalaudit contamination scan --benchmark test.jsonl --corpus train.jsonl --out out/overlap",
                ExitCodes.HELP})
final class ContaminationScanCommand implements Callable<Integer> {
    static final Set<String> CHECKS = Set.of("contamination", "public-private-gap");

    @Spec
    CommandSpec spec;

    @ArgGroup(validate = false, heading = "%nInputs:%n", order = 1)
    InputOptions inputs = new InputOptions();

    @Option(names = "--corpus", paramLabel = "PATH", arity = "1..*", order = 2,
            description = "Corpus files, folders or globs (quote globs).")
    List<String> corpus = new ArrayList<>();

    @ArgGroup(validate = false, heading = "%nDetection:%n", order = 3)
    DetectionOptions detection = new DetectionOptions();

    @ArgGroup(validate = false, heading = "%nCorpus fields:%n", order = 4)
    CorpusFormatOptions format = new CorpusFormatOptions();

    @Option(names = "--resume", order = 5, description = "Resume an interrupted scan from the checkpoint in "
            + "--out (finished files are not read again; the result equals an uninterrupted scan).")
    boolean resume;

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 6)
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        output.requireOut(spec);
        if (inputs.benchmark == null || corpus.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "scan needs --benchmark and --corpus");
        }
        Map<String, String> options = new TreeMap<>(detection.options());
        options.putAll(format.options(inputs.onError));
        options.put("contamination.checkpoint", output.out.resolve("scan-checkpoint").toString());
        options.put("contamination.resume", Boolean.toString(resume));
        List<Path> corpora = corpus.stream().map(Path::of).toList();
        Audit audit = Audit.discover().only(check -> CHECKS.contains(check.id()));
        return ReportSession.run("contamination scan", audit, InputLoader.load(inputs), List.of(), output, options,
                builder -> builder.corpora(corpora), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
