package org.evalaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evalaudit.contamination.index.IndexInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalaudit contamination index-info}: what an index holds and whether this version can use it. */
@Command(name = "index-info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the documents, files, size on disk and analyzer fingerprint of a corpus index, and "
                + "whether this version of evalaudit can query it.",
        footer = {"%nExamples:", "  evalaudit contamination index-info --index idx/", ExitCodes.HELP})
final class ContaminationIndexInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index folder.")
    Path index;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        IndexInfo.read(index).lines().forEach(out::println);
        out.flush();
        return ExitCodes.DONE;
    }
}
