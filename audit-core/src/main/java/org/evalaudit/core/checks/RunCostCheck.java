package org.evalaudit.core.checks;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Sin 4, too hard to run: what one model run of the benchmark costs. Calls per run = items × prompt
 * templates × samples (templates and samples as the results show them; 1 each without results). Prompt
 * size per item = characters (Unicode code points) of the question plus all choices; estimated tokens
 * = ⌈characters / {@code run-cost.chars-per-token}⌉ (default 4, OpenAI's rule of thumb for English
 * text with GPT-style BPE tokenizers; code, numbers and non-English text use more tokens per character,
 * so treat the estimate as a lower bound). The template's own text and the model's output are not
 * counted.
 *
 * <p>The table is one row whose columns name the quantities. Headline {@code prompt_tokens_per_run}: estimated prompt tokens of one model run. Severity: WARN
 * above {@code run-cost.warn-tokens} (default 10,000,000), FAIL above {@code run-cost.fail-tokens}
 * (default 100,000,000), PASS otherwise. Needs the benchmark.
 */
public final class RunCostCheck implements Check {
    public static final String ID = "run-cost";
    public static final String WARN_TOKENS = "run-cost.warn-tokens";
    public static final String FAIL_TOKENS = "run-cost.fail-tokens";
    public static final String CHARS_PER_TOKEN = "run-cost.chars-per-token";
    public static final long DEFAULT_WARN_TOKENS = 10_000_000L;
    public static final long DEFAULT_FAIL_TOKENS = 100_000_000L;
    public static final double DEFAULT_CHARS_PER_TOKEN = 4.0;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.HARD_TO_RUN;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        Optional<Benchmark> benchmark = context.benchmark();
        if (benchmark.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark was given, so prompt sizes are unknown"));
        }
        double charsPerToken = context.options().getDouble(CHARS_PER_TOKEN, DEFAULT_CHARS_PER_TOKEN);
        if (!(charsPerToken > 0)) {
            throw new IllegalArgumentException("option " + CHARS_PER_TOKEN + " must be positive, got " + charsPerToken);
        }
        long warnTokens = context.options().getLong(WARN_TOKENS, DEFAULT_WARN_TOKENS);
        long failTokens = context.options().getLong(FAIL_TOKENS, DEFAULT_FAIL_TOKENS);

        long items = 0;
        long multipleChoice = 0;
        long chars = 0;
        long maxChars = 0;
        long tokens = 0;
        for (Item item : benchmark.get().items()) {
            long itemChars = codePoints(item.question());
            for (String choice : item.choices()) {
                itemChars += codePoints(choice);
            }
            items++;
            multipleChoice += item.isMultipleChoice() ? 1 : 0;
            chars += itemChars;
            maxChars = Math.max(maxChars, itemChars);
            tokens += (long) Math.ceil(itemChars / charsPerToken);
        }
        Results results = context.results().orElse(null);
        long templates = results == null ? 1 : Math.max(1, results.templates().size());
        long samples = results == null ? 1 : Math.max(1, distinctSamples(results));
        Long models = results == null ? null : (long) results.models().size();
        long calls = items * templates * samples;
        long tokensPerRun = tokens * templates * samples;
        Long tokensAllModels = models == null ? null : tokensPerRun * models;

        Severity severity = tokensPerRun > failTokens ? Severity.FAIL
                : tokensPerRun > warnTokens ? Severity.WARN : Severity.PASS;
        Table table = Table.of("items", "multiple_choice_items", "free_form_items", "templates", "samples",
                        "calls_per_run", "prompt_chars_mean", "prompt_chars_max", "prompt_tokens_per_run_est", "models",
                        "prompt_tokens_all_models_est")
                .row(items, multipleChoice, items - multipleChoice, templates, samples, calls,
                        items == 0 ? null : chars / (double) items, maxChars, tokensPerRun, models, tokensAllModels)
                .build();
        StringBuilder summary = new StringBuilder("One model run is ")
                .append(Texts.plural(items, "item", "items")).append(" × ")
                .append(Texts.plural(templates, "template", "templates")).append(" × ")
                .append(Texts.plural(samples, "sample", "samples")).append(" = ")
                .append(Texts.plural(calls, "call", "calls")).append(" with about ").append(Texts.count(tokensPerRun))
                .append(" prompt tokens (characters / ").append(Texts.decimal(charsPerToken))
                .append("; template text and outputs not counted)");
        if (models != null) {
            summary.append("; the ").append(Texts.plural(models, "model", "models")).append(" in the results took about ")
                    .append(Texts.count(tokensAllModels)).append(" prompt tokens in all");
        }
        summary.append('.');
        if (severity != Severity.PASS) {
            summary.append(" That is above the ").append(Texts.count(severity == Severity.FAIL ? failTokens : warnTokens))
                    .append("-token ").append(severity == Severity.FAIL ? "failure" : "warning")
                    .append(" threshold: few groups can afford to run it; consider a smaller validated subset.");
        }
        return List.of(new Finding(ID, sin(), severity, new Headline("prompt_tokens_per_run", (double) tokensPerRun),
                summary.toString(), table, List.of(), List.of()));
    }

    private static long codePoints(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    private static int distinctSamples(Results results) {
        BitSet nonNegative = new BitSet();
        Set<Integer> negative = new HashSet<>();
        for (int row = 0; row < results.size(); row++) {
            int sample = results.sample(row);
            if (sample >= 0) {
                nonNegative.set(sample);
            } else {
                negative.add(sample);
            }
        }
        return nonNegative.cardinality() + negative.size();
    }
}
