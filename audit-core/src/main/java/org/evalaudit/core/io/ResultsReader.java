package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;

/**
 * Reads model results from one or more files into one {@link Results}, whatever their format (see
 * {@link ResultsFormat}); every file gets its own {@link InputSummary}. Common rules, whatever the format:
 * <ul>
 *   <li>An absent, null or blank answer is an abstention: kept, answer null, score 0 unless a score is
 *       given.</li>
 *   <li>An absent score is derived with {@link org.evalaudit.core.grading.AnswerMatcher#matches} against
 *       the gold of the benchmark item (or the record's own gold for an item the benchmark lacks); when
 *       there is no gold to compare with, the record is bad (field "score").</li>
 *   <li>A given score must be finite and in [0, 1], or true/false.</li>
 *   <li>The model name comes from the record; when the format has none it is the file name without its
 *       extensions ({@code gpt-4o.jsonl.gz} -> {@code gpt-4o}), for lm-eval logs the folder name.</li>
 * </ul>
 */
public final class ResultsReader {
    /** Top-level fields of an Inspect eval log in JSON form. */
    private static final Set<String> INSPECT_FIELDS = Set.of("eval", "samples");
    /** Top-level fields that, beside "results", mark lm-evaluation-harness's aggregate results file. */
    private static final Set<String> LM_EVAL_AGGREGATE_FIELDS = Set.of("configs", "versions", "n-shot", "config");
    /** What a results folder or glob is searched for, after any .gz or .zst suffix. */
    private static final Set<String> RESULTS_EXTENSIONS = Set.of("jsonl", "json", "csv", "tsv", "eval", "parquet");
    private ResultsReader() {
    }

    /** Reads with format auto-detection per file. */
    public static Loaded<Results> read(List<Path> files, Benchmark benchmarkOrNull, FieldMapping overrides,
                                       ErrorPolicy policy) {
        return read(files, benchmarkOrNull, overrides, policy, ResultsFormat.AUTO);
    }

    /**
     * Reads every file in order into one {@link Results}.
     *
     * @param benchmarkOrNull the benchmark whose gold answers grade responses without a score, or null
     * @param overrides field mapping ({@code --results-fields}); null means auto-detection
     * @param policy what to do with a bad record
     * @param format the layout of every file, or AUTO to detect each
     * @throws InputError for a bad record under {@link ErrorPolicy#FAIL}, or an unreadable file
     */
    public static Loaded<Results> read(List<Path> files, Benchmark benchmarkOrNull, FieldMapping overrides,
                                       ErrorPolicy policy, ResultsFormat format) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("expected at least one results file");
        }
        FieldMapping mapping = overrides == null ? FieldMapping.auto() : overrides;
        ResponseCollector out = new ResponseCollector(benchmarkOrNull);
        List<InputSummary> inputs = new ArrayList<>();
        for (Path file : files) {
            SkipLog skips = new SkipLog(policy);
            ResultsFormat actual = format == null || format == ResultsFormat.AUTO ? detect(file) : format;
            long records = switch (actual) {
                case LM_EVAL -> new LmEvalSamplesReader(file, mapping, out, skips).read();
                case INSPECT -> new InspectLogReader(file, mapping, out, skips).read();
                case WIDE -> new WideResultsReader(file, mapping, out, skips).read();
                default -> new LongResultsReader(file, mapping, out, skips).read();
            };
            inputs.add(skips.summary("results", file, records));
        }
        return new Loaded<>(out.build(), inputs);
    }

    /**
     * The format of {@code file}: INSPECT for a zip archive (an {@code .eval} log) or a JSON object with
     * "eval" or "samples"; LM_EVAL when the first record has {@code doc_id} and {@code resps} or
     * {@code filtered_resps}; WIDE when it has an item id, no model, score, answer or response, and two or
     * more score columns (an item-by-model table); otherwise LONG.
     *
     * @throws InputError for lm-evaluation-harness's aggregate {@code results_<date>.json}, which has one
     *     score per task and no items, naming the per-sample files to pass instead
     */
    public static ResultsFormat detect(Path file) {
        if (InspectArchive.isArchive(file)) {
            return ResultsFormat.INSPECT;
        }
        Set<String> fields = Json.topLevelFields(file, INSPECT_FIELDS);
        if (fields.stream().anyMatch(INSPECT_FIELDS::contains)) {
            return ResultsFormat.INSPECT;
        }
        if (fields.contains("results") && fields.stream().anyMatch(LM_EVAL_AGGREGATE_FIELDS::contains)) {
            throw new InputError(file, 0, "results", "expected per-item results, got lm-evaluation-harness's"
                    + " aggregate results file (one score per task); run lm_eval with --log_samples and pass its"
                    + " samples_<task>_<date>.jsonl files");
        }
        ObjectNode first = RecordFiles.firstRecord(file);
        if (first != null && first.has("doc_id") && (first.has("resps") || first.has("filtered_resps"))) {
            return ResultsFormat.LM_EVAL;
        }
        if (first != null && WideResultsReader.looksWide(FieldMapping.auto().map(FieldMapping.Role.RESULTS, file, 1, first))) {
            return ResultsFormat.WIDE;
        }
        return ResultsFormat.LONG;
    }

    /**
     * Whether a file found in a results folder or glob is one to read: JSON Lines, JSON, CSV, TSV, Inspect's
     * {@code .eval} or Parquet (optionally .gz or .zst). lm-evaluation-harness's aggregate
     * {@code results_<date>.json}, which sits beside its samples files, is left out, as is anything else
     * (a README, {@code .DS_Store}). A file named on its own is always read.
     */
    public static boolean isResultsFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("results_") && InputFiles.extension(file).equals("json")) {
            return false;
        }
        return RESULTS_EXTENSIONS.contains(InputFiles.extension(file));
    }
}
