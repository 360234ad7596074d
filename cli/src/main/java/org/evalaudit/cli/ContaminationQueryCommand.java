package org.evalaudit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evalaudit.contamination.index.CorpusIndexQuery;
import org.evalaudit.core.audit.Audit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evalaudit contamination query}: the same verdicts as {@code scan}, from a persistent index. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Checks every benchmark item against a corpus index built by 'contamination index', with "
                + "phrase queries over its n-grams. Gives the same per-item verdicts, coverage and longest match "
                + "as 'scan' over the same corpus and writes the same files, in seconds instead of a full pass.",
        footer = {"%nExamples:",
                "  evalaudit contamination query --benchmark items.jsonl --index idx/ --out out/q",
                "  evalaudit contamination query --benchmark items.jsonl --results preds.jsonl --index idx/ "
                        + "--preset llama2 --out out/q",
                ExitCodes.HELP})
final class ContaminationQueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(validate = false, heading = "%nInputs:%n", order = 1)
    InputOptions inputs = new InputOptions();

    @Option(names = "--index", paramLabel = "DIR", required = true, order = 2, description = "The corpus index.")
    Path index;

    @ArgGroup(validate = false, heading = "%nDetection:%n", order = 3)
    DetectionOptions detection = new DetectionOptions();

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 4)
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        output.requireOut(spec);
        if (inputs.benchmark == null) {
            throw new ParameterException(spec.commandLine(), "query needs --benchmark");
        }
        CorpusIndexQuery.open(index, 1).close(); // refuses a missing or incompatible index before any work
        Audit audit = Audit.discover().only(check -> ContaminationScanCommand.CHECKS.contains(check.id()));
        return ReportSession.run("contamination query", audit, InputLoader.load(inputs), List.of(), output,
                detection.options(), builder -> builder.corpusIndex(index),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
