package org.evalaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code evalaudit} command; it only dispatches to subcommands. */
@Command(name = "evalaudit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audits an LLM evaluation benchmark before anyone trusts it: score noise, wrong gold "
                + "labels, grading, saturation, test-set contamination.",
        subcommands = {AuditCommand.class, NoiseCommand.class, LabelsCommand.class, PlanCommand.class,
                ContaminationCommand.class, ReportCommand.class, DemoCommand.class},
        footer = {"%nExamples:",
                "  evalaudit demo",
                "  evalaudit audit --benchmark items.jsonl --results preds.jsonl --out out/r --fail-on fail",
                "  evalaudit noise --results humaneval.jsonl --results-fields item_id=example_id,score=pass1 --out out/n",
                "  evalaudit plan --accuracy 0.7 --mde 0.02",
                ExitCodes.HELP})
public final class EvalauditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (try evalaudit --help)");
    }
}
