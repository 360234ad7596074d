package org.evalaudit.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.evalaudit.core.audit.Audit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evalaudit labels}: suspect gold labels and item quality. */
@Command(name = "labels", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Finds the items whose gold answer is most likely wrong, treating the models as "
                + "annotators, and checks item quality (duplicates, malformed items). When the results carry "
                + "per-choice probabilities (probs/logprobs, lm-eval log-likelihoods), confident learning "
                + "checks the golds too. Writes the report files plus suspect-labels.csv, every answered item "
                + "ranked most suspect first, label-errors-by-subject.csv (and confident-learning.csv).",
        footer = {"%nExamples:",
                "  evalaudit labels --benchmark items.jsonl --results preds.jsonl --out out/l",
                "  evalaudit labels --benchmark items.jsonl --results lm-eval-out/ \\",
                "      --card card.json --out out/l",
                "  evalaudit labels --benchmark items.jsonl --results preds.jsonl --out out/l \\",
                "      --set labels.flag-max=200,labels.fail-rate=0.03 --fail-on fail",
                "%nThe verdicts (gold_wrong, no_valid_or_multiple, key_shift, too_hard, ok), the columns of "
                        + "suspect-labels.csv, every labels.* setting and how well the ranking does against "
                        + "expert verdicts: docs/labels.md.",
                ExitCodes.HELP})
final class LabelsCommand implements Callable<Integer> {
    static final Set<String> CHECKS = Set.of("suspect-labels", "confident-learning", "item-quality");

    @Spec
    CommandSpec spec;

    @ArgGroup(validate = false, heading = "%nInputs:%n", order = 1)
    InputOptions inputs = new InputOptions();

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 2)
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        output.requireOut(spec);
        if (inputs.benchmark == null || inputs.results.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "labels needs --benchmark and --results");
        }
        Audit audit = Audit.discover().only(check -> CHECKS.contains(check.id()));
        return ReportSession.run("labels", audit, InputLoader.load(inputs), List.of(), output, Map.of(),
                builder -> { }, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
