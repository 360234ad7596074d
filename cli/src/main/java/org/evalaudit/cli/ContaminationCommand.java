package org.evalaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evalaudit contamination}: scan corpora for leaked test items, or index a corpus once and query it. */
@Command(name = "contamination", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds benchmark items that leaked into web or pretraining corpora: which items, where "
                + "(document, offset, snippet), whether the answer leaked too, and how scores differ on clean and "
                + "dirty items.",
        subcommands = {ContaminationScanCommand.class, ContaminationIndexCommand.class,
                ContaminationQueryCommand.class, ContaminationIndexInfoCommand.class},
        footer = {"%nExamples:",
                "  evalaudit contamination scan --benchmark items.jsonl --corpus crawl/*.jsonl.zst --out out/c",
                "  evalaudit contamination index --corpus crawl/ --index idx/",
                "  evalaudit contamination query --benchmark items.jsonl --index idx/ --out out/q",
                ExitCodes.HELP})
final class ContaminationCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: scan, index, query or index-info");
    }
}
