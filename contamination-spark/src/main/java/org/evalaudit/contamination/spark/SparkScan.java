package org.evalaudit.contamination.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.FieldMapping;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.io.InputSummary;
import org.evalaudit.core.io.Loaded;
import org.evalaudit.core.io.ResultsFormat;
import org.evalaudit.core.io.ResultsReader;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.report.ToolInfo;
import org.evalaudit.core.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark driver of {@code evalaudit contamination scan}:
 * {@code spark-submit --class org.evalaudit.contamination.spark.SparkScan evalaudit-spark.jar --benchmark
 * items.jsonl --corpus /shared/crawl --out out/c}. Same options (but threads and resume, which are
 * Spark's business), same files. Exit codes as evalaudit's: 0 done, 2 usage error, 3 input error (the
 * message names file and line; nothing is written), 4 internal error.
 */
@Command(name = "evalaudit-spark-scan", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = SparkScan.Version.class,
        description = "Scans corpora for every benchmark item on a Spark cluster (one task per corpus file; "
                + "every executor must see the corpus paths) and writes the same files as "
                + "'evalaudit contamination scan': report files, contamination-items.csv, contaminated-docs.jsonl.",
        footer = {"%nExample:",
                "  spark-submit --class org.evalaudit.contamination.spark.SparkScan --executor-memory 2g \\",
                "      contamination-spark/target/evalaudit-spark.jar \\",
                "      --benchmark items.jsonl --corpus '/mnt/crawl/*.jsonl.zst' --out out/c"})
public final class SparkScan implements Callable<Integer> {
    static final int DONE = 0;
    static final int INPUT = 3;
    static final int INTERNAL = 4;

    @Option(names = "--benchmark", paramLabel = "FILE", required = true,
            description = "Benchmark items: JSONL or CSV, optionally .gz/.zst.")
    Path benchmark;

    @Option(names = "--benchmark-fields", paramLabel = "MAP",
            description = "Field names of the benchmark, e.g. id=qid,gold=answer_letter.")
    String benchmarkFields;

    @Option(names = "--results", paramLabel = "FILE", arity = "1..*",
            description = "Per-item results, for the clean-vs-dirty and public-vs-private comparisons.")
    List<Path> results = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "PATH", arity = "1..*", required = true,
            description = "Corpus files, folders or globs (quote globs), readable by every executor under this path.")
    List<String> corpus = new ArrayList<>();

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "default",
            description = "Preset that sets each item's verdict: default, gpt3, palm, gpt4, llama2 (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the gpt4 preset's random substrings (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--text-field", paramLabel = "NAME", description = "JSON field holding the document text (default: auto).")
    String textField;

    @Option(names = "--id-field", paramLabel = "NAME", description = "JSON field of the document id (default: auto, id).")
    String idField;

    @Option(names = "--url-field", paramLabel = "NAME", description = "JSON field of the document url (default: auto, url).")
    String urlField;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the report files.")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,md,html,csv",
            description = "Report formats, comma-separated (default: ${DEFAULT-VALUE}).")
    String formats;

    private final JavaSparkContext spark;
    private final PrintWriter console;

    private SparkScan(JavaSparkContext spark, PrintWriter console) {
        this.spark = spark;
        this.console = console;
    }

    /** Entry point for spark-submit: the Spark context comes from spark-submit's configuration. */
    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("evalaudit contamination scan").setIfMissing("spark.master", "local[*]");
        int code;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            code = run(spark, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        }
        System.exit(code);
    }

    /** Runs one command line on {@code spark} and returns the exit code; tests call this. */
    public static int run(JavaSparkContext spark, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SparkScan(spark, out));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> failed(failure, err));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws Exception {
        Loaded<Benchmark> items = BenchmarkReader.read(benchmark, FieldMapping.parseOverrides(benchmarkFields),
                ErrorPolicy.FAIL);
        List<InputSummary> inputs = new ArrayList<>(items.inputs());
        Results scores = null;
        if (!results.isEmpty()) {
            Loaded<Results> loaded = ResultsReader.read(results, items.value(), FieldMapping.parseOverrides(null),
                    ErrorPolicy.FAIL, ResultsFormat.AUTO);
            scores = loaded.value();
            inputs.addAll(loaded.inputs());
        }
        ScanOptions options = new ScanOptions(corpus, Preset.parse(preset), 1, null, false,
                CorpusFormat.DEFAULT.withFields(textField, idField, urlField), seed);
        ScanResult result = SparkCorpusScanner.scan(spark, items.value(), options);
        Report report = ScanReport.report(items.value(), scores, inputs, recordedOptions(),
                corpus.stream().map(Path::of).toList(), result);
        List<Path> written = ScanReport.write(report, out, formats);
        for (Finding f : report.findings()) {
            console.println(f.severity() + "  " + f.id() + ": " + f.summary());
        }
        written.forEach(p -> console.println("wrote " + p));
        return DONE;
    }

    /** The options recorded in the report: those of {@code contamination scan} that apply, and the command. */
    private Map<String, String> recordedOptions() {
        Map<String, String> o = new TreeMap<>();
        o.put("command", "contamination spark-scan");
        o.put("contamination.preset", preset);
        o.put("contamination.seed", Long.toString(seed));
        putIfSet(o, "contamination.text-field", textField);
        putIfSet(o, "contamination.id-field", idField);
        putIfSet(o, "contamination.url-field", urlField);
        return o;
    }

    private static void putIfSet(Map<String, String> options, String key, String value) {
        if (value != null) {
            options.put(key, value);
        }
    }

    private static int failed(Exception failure, PrintWriter err) {
        if (failure instanceof InputError) {
            err.println("evalaudit: input error: " + failure.getMessage());
            err.println("Nothing was written.");
            return INPUT;
        }
        err.println("evalaudit: internal error: " + failure);
        failure.printStackTrace(err);
        return INTERNAL;
    }

    /** {@code --version}: this build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"evalaudit " + ToolInfo.evalaudit().version() + " (Spark scan)"};
        }
    }
}
