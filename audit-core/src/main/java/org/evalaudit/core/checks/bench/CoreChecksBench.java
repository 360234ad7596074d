package org.evalaudit.core.checks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.checks.AnswerPositionBiasCheck;
import org.evalaudit.core.checks.GradingCheck;
import org.evalaudit.core.checks.MeaningfulTaskCheck;
import org.evalaudit.core.checks.MetricComplexityCheck;
import org.evalaudit.core.checks.RunCostCheck;
import org.evalaudit.core.checks.StructureCheck;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.report.Report;
import org.evalaudit.core.report.ReportFormat;
import org.evalaudit.core.report.ReportWriter;
import org.evalaudit.core.report.ToolInfo;

/**
 * Times each audit-core check (single-threaded) on a seeded synthetic benchmark of multiple-choice items
 * with results of several models and templates, raw responses included, then the writing of all four
 * report formats. Arguments: items models templates (default 15000 20 2). Each check runs 5 times after
 * one warm-up; the best time is printed with responses per second.
 */
public final class CoreChecksBench {
    private CoreChecksBench() {
    }

    public static void main(String[] args) throws IOException {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 15_000;
        int models = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int templates = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        SplittableRandom random = new SplittableRandom(20261127L);
        Benchmark benchmark = benchmark(items, random);
        Results results = results(benchmark, models, templates, random);
        AuditContext context = AuditContext.builder().benchmark(benchmark).results(results)
                .card(new BenchmarkCard("bench", "accuracy", List.of(), Map.of("intended_users", "x"), Map.of()))
                .build();
        System.out.printf(Locale.ROOT, "%d items, %d models, %d templates: %,d responses%n", items, models,
                templates, results.size());
        List<Check> checks = List.of(new StructureCheck(), new AnswerPositionBiasCheck(), new MetricComplexityCheck(),
                new RunCostCheck(), new MeaningfulTaskCheck(), new GradingCheck());
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            long best = Long.MAX_VALUE;
            List<Finding> out = null;
            for (int round = 0; round < 6; round++) {
                long start = System.nanoTime();
                out = run(check, context);
                if (round > 0) {
                    best = Math.min(best, System.nanoTime() - start);
                }
            }
            findings.addAll(out);
            System.out.printf(Locale.ROOT, "%-18s %8.1f ms  %,14.0f responses/s%n", check.id(), best / 1e6,
                    results.size() / (best / 1e9));
        }
        Report report = Report.of(new ToolInfo("evalaudit", "bench"), null, List.of(), Map.of(), findings);
        Path dir = Files.createTempDirectory("evalaudit-bench");
        try {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 6; round++) {
                long start = System.nanoTime();
                ReportWriter.write(report, dir, EnumSet.allOf(ReportFormat.class));
                if (round > 0) {
                    best = Math.min(best, System.nanoTime() - start);
                }
            }
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "write all formats %8.1f ms  (%,d bytes)%n", best / 1e6, bytes);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static List<Finding> run(Check check, AuditContext context) {
        try {
            return check.run(context);
        } catch (Exception e) {
            throw new IllegalStateException(check.id() + " failed", e);
        }
    }

    private static Benchmark benchmark(int n, SplittableRandom random) {
        List<Item> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> choices = List.of(words(random, 3), words(random, 3), words(random, 3), words(random, 3));
            items.add(new Item("item-" + i, words(random, 30) + "?", choices, Item.letter(random.nextInt(4)), null,
                    null, "subject-" + (i % 57), Map.of()));
        }
        return new Benchmark("bench", items);
    }

    private static Results results(Benchmark benchmark, int models, int templates, SplittableRandom random) {
        Results.Builder b = Results.builder();
        for (int m = 0; m < models; m++) {
            double skill = 0.4 + 0.5 * random.nextDouble();
            for (int t = 0; t < templates; t++) {
                for (Item item : benchmark.items()) {
                    boolean right = random.nextDouble() < skill;
                    String answer = right ? item.gold() : Item.letter(random.nextInt(4));
                    String raw = random.nextInt(50) == 0 ? "I think the answer is " + item.goldText()
                            : "The answer is " + answer;
                    boolean abstain = random.nextInt(100) == 0;
                    b.add(item.id(), "model-" + m, "template-" + t, 0, raw, abstain ? null : answer,
                            !abstain && answer.equals(item.gold()) ? 1 : 0);
                }
            }
        }
        return b.build();
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                s.append(' ');
            }
            for (int c = 2 + random.nextInt(7); c > 0; c--) {
                s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }
}
