package org.evalaudit.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.InputSummary;

/** Reports built by hand for the renderer tests: every cell type, hostile strings, exports. */
final class ReportFixtures {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG_MODEL = "\"><img src=x onerror=alert(1)>";
    static final ToolInfo TOOL = new ToolInfo("evalaudit", "0.1.0-test");

    private ReportFixtures() {
    }

    /** A report with scores, CIs, lists, nulls, NaN, hostile text, items and two exports. */
    static Report sample() {
        Table scores = Table.of("model", "score", "ci_low", "ci_high", "n", "tags", "ok")
                .row("model-a", 0.8125, 0.75, 0.875, 160L, List.of("x", "y"), true)
                .row(IMG_MODEL, 0.1, 0.05, 0.15, 160, List.of(), false)
                .row("m|pipe\nnewline", Double.NaN, null, null, 0, null, null)
                .build();
        Finding noise = new Finding("sampling-noise", Sin.TOO_FEW_EXAMPLES, Severity.WARN,
                new Headline("mde_points", 9.8), "with 160 items, differences under 9.8 points cannot be told apart",
                scores, List.of(), List.of(new Export("model-scores.csv", scores), new Export("scores.jsonl", scores)));
        Finding structure = new Finding("structure", Sin.LOW_QUALITY, Severity.FAIL,
                new Headline("problem_items", 2.0), "2 items are malformed: " + SCRIPT,
                Table.of("problem", "items").row("empty question", 1).row("gold missing", 1).build(),
                List.of(new FlaggedItem("q1", 2.0, "question " + SCRIPT),
                        new FlaggedItem("q,2\"", null, "a reason, with \"quotes\"\nand a line break")),
                List.of());
        Finding labels = new Finding("label-noise/suspects", Sin.LOW_QUALITY, Severity.PASS,
                new Headline("suspects", Double.POSITIVE_INFINITY), "none", Table.empty(),
                List.of(new FlaggedItem("q3", 1e-9, "tiny")), List.of());
        Finding card = Finding.notAssessed("meaningful-task", Sin.NOT_MEANINGFUL, "no benchmark card was given");
        List<Finding> findings = List.of(noise, structure, labels, card);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("z.last", "1");
        options.put("a.first", "x<y>");
        List<InputSummary> inputs = List.of(
                new InputSummary("benchmark", "data/items.jsonl", "ab".repeat(32), 200, 0, List.of()),
                new InputSummary("results", "data/" + SCRIPT + ".jsonl", "cd".repeat(32), 4000, 2,
                        List.of("results.jsonl:7: field \"score\": expected a number", "results.jsonl:9: bad")));
        return Report.of(TOOL, null, inputs, options, findings);
    }

    /** A report of random findings whose tables hold random cells of every type; seeded. */
    static Report random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Finding> findings = new ArrayList<>();
        Sin[] sins = Sin.values();
        Severity[] severities = Severity.values();
        int count = 1 + random.nextInt(6);
        for (int f = 0; f < count; f++) {
            int columns = 1 + random.nextInt(5);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                names.add("c" + c);
            }
            List<List<Object>> rows = new ArrayList<>();
            int rowCount = random.nextInt(8);
            for (int r = 0; r < rowCount; r++) {
                List<Object> row = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    row.add(randomCell(random, 0));
                }
                rows.add(row);
            }
            List<FlaggedItem> items = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                items.add(new FlaggedItem("item-" + random.nextInt(100),
                        random.nextBoolean() ? null : randomDouble(random), randomString(random)));
            }
            Double headline = random.nextInt(4) == 0 ? null : randomDouble(random);
            findings.add(new Finding("check-" + f + (random.nextBoolean() ? "/part" : ""),
                    sins[random.nextInt(sins.length)], severities[random.nextInt(severities.length)],
                    new Headline("h" + f, headline), randomString(random), new Table(names, rows), items, List.of()));
        }
        String generatedAt = random.nextBoolean() ? null : "2026-01-0" + (1 + random.nextInt(9)) + "T00:00:00Z";
        return Report.of(TOOL, generatedAt, List.of(), Map.of("seed", Long.toString(seed)), findings);
    }

    private static Object randomCell(SplittableRandom random, int depth) {
        return switch (random.nextInt(depth == 0 ? 7 : 6)) {
            case 0 -> null;
            case 1 -> randomString(random);
            case 2 -> random.nextLong();
            case 3 -> randomDouble(random);
            case 4 -> random.nextBoolean();
            case 5 -> random.nextInt(1000);
            default -> java.util.Arrays.asList(randomCell(random, 1), randomCell(random, 1));
        };
    }

    /** Doubles across magnitudes, including integral values, subnormals and extremes. */
    static double randomDouble(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextDouble();
            case 1 -> Math.rint(random.nextDouble() * 1000);
            case 2 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
            case 3 -> -random.nextDouble() * 1e-300;
            case 4 -> random.nextGaussian() * 1e6;
            default -> random.nextDouble() * 1e-5;
        };
    }

    private static String randomString(SplittableRandom random) {
        String alphabet = "ab<>&\"'|,;\n\t\\é漢😀 ";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return s.toString();
    }
}
