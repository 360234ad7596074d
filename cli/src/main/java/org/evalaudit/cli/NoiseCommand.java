package org.evalaudit.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.evalaudit.core.audit.Audit;
import org.evalaudit.core.audit.Sin;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evalaudit noise}: sampling noise, prompt sensitivity and saturation only. */
@Command(name = "noise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "How much of a score is noise: standard errors and CIs per model, paired tests for "
                + "every pair of models, minimum detectable effect, prompt and seed sensitivity, saturation. "
                + "Writes the report files plus model-scores.csv and pairwise.csv. --benchmark is optional: "
                + "items can be taken from the results.",
        footer = {"%nExamples:",
                "  evalaudit noise --results humaneval.jsonl --results-fields item_id=example_id,score=pass1 --out out/n",
                "  evalaudit noise --benchmark items.jsonl --results runs/*.jsonl --out out/n --fail-on warn",
                ExitCodes.HELP})
final class NoiseCommand implements Callable<Integer> {
    static final Set<Sin> SINS = Set.of(Sin.TOO_FEW_EXAMPLES, Sin.PROMPT_SENSITIVITY, Sin.SATURATION);

    @Spec
    CommandSpec spec;

    @ArgGroup(validate = false, heading = "%nInputs:%n", order = 1)
    InputOptions inputs = new InputOptions();

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 2)
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        output.requireOut(spec);
        if (inputs.results.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "missing required option: --results=FILE");
        }
        Audit audit = Audit.discover().only(check -> SINS.contains(check.sin()));
        return ReportSession.run("noise", audit, InputLoader.load(inputs), List.of(), output, Map.of(),
                builder -> { }, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
