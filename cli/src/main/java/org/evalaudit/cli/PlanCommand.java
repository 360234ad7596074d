package org.evalaudit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evalaudit.noise.power.Plan;
import org.evalaudit.noise.power.PlanRequest;
import org.evalaudit.noise.power.PowerAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalaudit plan}: how many items a benchmark needs, answered without any data (Miller 2024). */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Answers the planning question without data: how many items are needed to tell apart "
                + "two models of about this accuracy that differ by --mde, with a paired test (Miller 2024, "
                + "'Adding Error Bars to Evals', eq. 9-10). Also prints the smallest detectable difference at "
                + "common benchmark sizes.",
        footer = {"%nExamples:",
                "  evalaudit plan --accuracy 0.7 --mde 0.02",
                "  evalaudit plan --accuracy 0.5 --mde 0.03 --correlation 0.3 --samples 10 --within-share 0.4",
                ExitCodes.HELP})
final class PlanCommand implements Callable<Integer> {
    private static final long[] SIZES = {100, 200, 500, 1000, 2000, 5000, 10000};

    @Spec
    CommandSpec spec;

    @Option(names = "--accuracy", required = true, description = "Expected accuracy of the models, in (0, 1).")
    double accuracy;

    @Option(names = "--mde", required = true,
            description = "Difference to detect, as a fraction (0.02 = 2 points).")
    double mde;

    @Option(names = "--power", defaultValue = "0.8", description = "Power (default: ${DEFAULT-VALUE}).")
    double power;

    @Option(names = "--alpha", defaultValue = "0.05",
            description = "Two-sided significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--correlation", defaultValue = "0.5",
            description = "Correlation of the two models' per-item scores (default: ${DEFAULT-VALUE}).")
    double correlation;

    @Option(names = "--samples", defaultValue = "1",
            description = "Answers per item that are averaged, K (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--within-share", defaultValue = "0",
            description = "Share of a response's variance that is sample-to-sample noise, which more samples "
                    + "remove (default: ${DEFAULT-VALUE}: greedy decoding, where --samples cannot help).")
    double withinShare;

    @Override
    public Integer call() {
        Plan plan = PowerAnalysis.plan(new PlanRequest(accuracy, mde, power, alpha, correlation, samples, withinShare));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "To detect a difference of %.1f points between two models at about %.0f%% accuracy%n",
                100 * mde, 100 * accuracy);
        out.printf(Locale.ROOT, "(power %.2f, two-sided alpha %.3g, correlation %.2f, %d sample(s) per item):%n",
                power, alpha, correlation, samples);
        out.printf(Locale.ROOT, "  items needed: %d%n%n", plan.itemsNeeded());
        out.printf("%10s  %22s  %14s%n", "items", "smallest detectable", "SE of diff");
        for (long n : SIZES) {
            out.printf(Locale.ROOT, "%10d  %18.2f pts  %10.2f pts%n", n, 100 * plan.mdeAt(n), 100 * plan.seDifferenceAt(n));
        }
        if (samples > 1 && withinShare == 0) {
            out.println();
            out.println("Note: with --within-share 0 (greedy answers) more samples per item do not shrink the noise;");
            out.println("set --within-share to the share of variance that resampling removes.");
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
