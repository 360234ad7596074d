package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.evalaudit.core.io.FieldMapping.Field;
import org.evalaudit.core.io.FieldMapping.Role;
import org.evalaudit.core.model.Item;

/**
 * Per-sample logs of lm-evaluation-harness ({@code samples_<task>_<date>.jsonl}, written by
 * {@code --log_samples} under {@code <output_path>/<model_name_sanitized>/}). Each line is one document
 * under one filter, as built in {@code lm_eval/evaluator.py evaluate()}: {@code doc_id}, {@code doc},
 * {@code target}, {@code arguments}, {@code resps}, {@code filtered_resps}, {@code filter},
 * {@code metrics} and one field per metric.
 *
 * <ul>
 *   <li>Item id: {@code doc_id}, or the mapped id column looked up in the line and then in {@code doc}.</li>
 *   <li>Multiple choice (log-likelihood requests: {@code filtered_resps} is a list of
 *       {@code [loglikelihood, is_greedy]} pairs): the answer is the letter of the highest log-likelihood
 *       (first on ties); an integer {@code target} is the gold index; the softmax of the log-likelihoods
 *       gives the per-choice probabilities.</li>
 *   <li>Generation: the answer is the first filtered response; empty or lm-eval's {@code [invalid]}
 *       (no regex match) is an abstention; the raw response is {@code resps[0][0]}.</li>
 *   <li>A single log-likelihood request (perplexity or greedy-match tasks such as LAMBADA) has no answer
 *       to extract: it reads as an abstention, scored by the log's metric.</li>
 *   <li>Score: the mapped score column, else the first of score, correct, acc, pass1, exact_match,
 *       is_correct present, else derived from answer and target.</li>
 *   <li>Filters: only the lines of the first filter in the file become responses (two filters over the
 *       same outputs, e.g. strict-match and flexible-extract, are two gradings, not two samples); metric
 *       columns are named as lm-eval names them, {@code metric,filter}, for every filter.</li>
 *   <li>Model: the parent folder name with {@code __} turned back into {@code /}.</li>
 * </ul>
 * The {@code doc} is read as a benchmark record for the question and choices on a best-effort basis:
 * task-specific doc layouts that do not fit are ignored, never an error.
 */
final class LmEvalSamplesReader {
    /** Fields of a log line that are neither the document's nor metrics. */
    static final Set<String> BOOKKEEPING = Set.of("doc_id", "doc", "target", "arguments", "resps",
            "filtered_resps", "filter", "metrics", "doc_hash", "prompt_hash", "target_hash");
    private static final String NO_MATCH = "[invalid]";

    private final Path file;
    private final FieldMapping mapping;
    private final ResponseCollector out;
    private final SkipLog skips;
    private final ItemParser docs;
    private final String model;
    private boolean firstLine = true;
    private String primaryFilter;
    private long loaded;

    LmEvalSamplesReader(Path file, FieldMapping mapping, ResponseCollector out, SkipLog skips) {
        this.file = file;
        this.mapping = mapping;
        this.out = out;
        this.skips = skips;
        this.docs = new ItemParser(mapping, Role.BENCHMARK);
        Path folder = file.toAbsolutePath().getParent();
        this.model = folder == null || folder.getFileName() == null
                ? InputFiles.stem(file) : folder.getFileName().toString().replace("__", "/");
    }

    /** Reads the file; returns the number of responses loaded. */
    long read() {
        RecordFiles.forEach(file, skips, this::accept);
        return loaded;
    }

    private void accept(long line, ObjectNode record) {
        String filter = Json.text(file, line, "filter", record.get("filter"));
        if (firstLine) {
            primaryFilter = filter;
            firstLine = false;
        }
        out.metricColumns(metricColumns(record, filter));
        if (!Objects.equals(filter, primaryFilter)) {
            return;
        }
        String itemId = itemId(line, record);
        JsonNode responses = record.path("filtered_resps");
        List<Double> logLikelihoods = logLikelihoods(responses);
        int choiceCount = logLikelihoods == null ? 0 : logLikelihoods.size();
        Item doc = docItem(line, record.get("doc"), itemId);
        List<String> choices = doc != null && doc.isMultipleChoice() ? doc.choices()
                : continuations(record.path("arguments"), choiceCount);
        String gold = ItemParser.gold(file, line, "target", record.get("target"), choices,
                Math.max(choiceCount, choices.size()));
        Item item = new Item(itemId, doc == null ? "" : doc.question(), choices,
                gold != null || doc == null ? gold : doc.gold(), doc == null ? null : doc.cluster(),
                doc == null ? null : doc.split(), doc == null ? null : doc.subject(), Map.of());
        String answer = logLikelihoods != null ? Item.letter(argmax(logLikelihoods)) : generated(responses);
        MappedRecord mapped = mapping.map(Role.RESULTS, file, line, record);
        Double score = Scores.parse(file, line, mapped.column(Field.SCORE), mapped.node(Field.SCORE));
        JsonNode raw = record.path("resps").path(0).path(0);
        out.add(file, line, itemId, model, "", 0, raw.isTextual() ? raw.textValue() : null, answer, score, item,
                logLikelihoods == null ? null : ChoiceProbabilities.softmax(logLikelihoods));
        loaded++;
    }

    private String itemId(long line, JsonNode record) {
        List<String> idColumn = mapping.override(Field.ID);
        String column = idColumn.isEmpty() ? "doc_id" : idColumn.get(0);
        JsonNode node = record.has(column) ? record.get(column) : record.path("doc").get(column);
        String id = Json.text(file, line, column, node);
        if (id == null || id.isBlank()) {
            throw new InputError(file, line, column, "expected an item id (in the line or in its doc), got "
                    + Json.describe(node));
        }
        return id;
    }

    private Item docItem(long line, JsonNode doc, String itemId) {
        if (doc == null || !doc.isObject()) {
            return null;
        }
        try {
            return docs.parse(file, line, doc, itemId);
        } catch (InputError unusualDocLayout) {
            return null;
        }
    }

    /**
     * Log-likelihoods of the choices when there are at least two and every filtered response is a
     * [loglikelihood, is_greedy] pair; else null.
     */
    private static List<Double> logLikelihoods(JsonNode responses) {
        if (!responses.isArray() || responses.size() < 2) {
            return null;
        }
        List<Double> values = new ArrayList<>(responses.size());
        for (JsonNode pair : responses) {
            if (!isLogLikelihoodPair(pair)) {
                return null;
            }
            values.add(number(pair.get(0)));
        }
        return values;
    }

    private static boolean isLogLikelihoodPair(JsonNode pair) {
        return pair.isArray() && pair.size() == 2 && isBooleanLike(pair.get(1)) && number(pair.get(0)) != null;
    }

    private static boolean isBooleanLike(JsonNode node) {
        return node.isBoolean() || node.isTextual()
                && ("True".equals(node.textValue()) || "False".equals(node.textValue()));
    }

    private static Double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.textValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static int argmax(List<Double> values) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) > values.get(best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The first filtered response of a generation request; null for none, empty, {@code [invalid]} or a
     * lone log-likelihood pair.
     */
    private static String generated(JsonNode responses) {
        JsonNode first = responses.path(0);
        if (isLogLikelihoodPair(first)) {
            return null;
        }
        if (first.isArray()) {
            first = first.path(0);
        }
        if (!first.isTextual() || NO_MATCH.equals(first.textValue().strip())) {
            return null;
        }
        return first.textValue();
    }

    /**
     * The continuation texts of log-likelihood requests, which are the choices; {@code arguments} is a list
     * of {@code [context, continuation]} or, in newer logs, {@code {"gen_args_0": {"arg_0", "arg_1"}}}.
     */
    private static List<String> continuations(JsonNode arguments, int choiceCount) {
        if (choiceCount == 0 || arguments.size() != choiceCount) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(choiceCount);
        for (JsonNode request : arguments) {
            JsonNode continuation = request.isArray() ? request.path(1) : request.path("arg_1");
            if (!continuation.isTextual()) {
                return List.of();
            }
            texts.add(continuation.textValue().strip());
        }
        return texts;
    }

    /** Metric names in lm-eval's {@code metric,filter} form: the "metrics" list, else numeric fields. */
    private static List<String> metricColumns(JsonNode record, String filter) {
        List<String> names = new ArrayList<>();
        if (record.path("metrics").isArray()) {
            record.get("metrics").forEach(name -> names.add(name.asText()));
        } else {
            for (Map.Entry<String, JsonNode> entry : record.properties()) {
                JsonNode value = entry.getValue();
                if (!BOOKKEEPING.contains(entry.getKey()) && (value.isNumber() || value.isBoolean())) {
                    names.add(entry.getKey());
                }
            }
        }
        if (filter != null) {
            names.replaceAll(name -> name + "," + filter);
        }
        return names;
    }
}
