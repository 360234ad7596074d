package org.evalaudit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evalaudit.cli.demo.DemoDataset;
import org.evalaudit.core.audit.Audit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalaudit demo}: generates a sample benchmark with planted faults and audits it. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generates a small benchmark with model results, a card and a corpus, with known faults "
                + "planted (wrong gold labels, unparseable answers, prompt effects, a leaked split), writes them to "
                + "DIR/data and runs the full audit on them into DIR.",
        footer = {"%nExamples:", "  evalaudit demo", "  evalaudit demo --out /tmp/demo --format html", ExitCodes.HELP})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-out",
            description = "Folder for the data and the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,md,html,csv",
            description = "Report formats (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--seed", defaultValue = "20261127", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        DemoDataset.DemoFiles files = DemoDataset.write(out.resolve("data"), seed);
        InputOptions inputs = new InputOptions();
        inputs.benchmark = files.benchmark();
        inputs.results = List.of(files.results());
        inputs.card = files.card();
        inputs.onError = org.evalaudit.core.io.ErrorPolicy.FAIL;
        OutputOptions output = new OutputOptions();
        output.out = out;
        output.formats = formats;
        int code = ReportSession.run("demo", Audit.discover(), InputLoader.load(inputs), List.of(), output,
                Map.of(), builder -> builder.corpora(List.of(files.corpus())),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        spec.commandLine().getOut().println("Open " + out.resolve("report.html") + " in a browser; the planted "
                + "faults are listed in " + files.readme() + ".");
        return code;
    }
}
