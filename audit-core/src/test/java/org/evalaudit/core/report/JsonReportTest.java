package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReportTest {
    private final JsonReport json = new JsonReport();

    private JsonNode tree(Report report) throws IOException {
        return new ObjectMapper().readTree(json.toBytes(report));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void writesTheSchemaFieldsInTheDocumentedOrder() throws IOException {
        JsonNode root = tree(ReportFixtures.sample());
        assertEquals(List.of("schema", "tool", "inputs", "options", "scorecard", "findings"), keys(root));
        assertEquals("evalaudit.report/1", root.get("schema").asText());
        assertEquals(List.of("name", "version"), keys(root.get("tool")));
        assertEquals(List.of("role", "path", "sha256", "records", "skipped", "skipped_at"),
                keys(root.get("inputs").get(0)));
        assertEquals(2, root.get("inputs").get(1).get("skipped").asInt());
        assertEquals(List.of("sin", "title", "severity", "headline", "finding", "summary"),
                keys(root.get("scorecard").get(0)));
        assertEquals(Sin.values().length, root.get("scorecard").size());
        assertEquals(List.of("id", "sin", "severity", "headline", "summary", "table", "items", "files"),
                keys(root.get("findings").get(0)));
        assertEquals(List.of("item_id", "score", "reason"), keys(root.get("findings").get(1).get("items").get(0)));
        assertEquals(List.of("a.first", "z.last"), keys(root.get("options")), "options sorted by key");
    }

    @Test
    void scorecardCarriesSinCodeTitleAndTheFindingThatSetIt() throws IOException {
        JsonNode row = tree(ReportFixtures.sample()).get("scorecard").get(2);
        assertEquals("2", row.get("sin").asText());
        assertEquals("low-quality items", row.get("title").asText());
        assertEquals("FAIL", row.get("severity").asText());
        assertEquals("structure", row.get("finding").asText());
        assertEquals("problem_items", row.get("headline").get("name").asText());
        assertEquals(2.0, row.get("headline").get("value").asDouble());
        JsonNode unassessed = tree(ReportFixtures.sample()).get("scorecard").get(3);
        assertTrue(unassessed.get("finding").isNull(), "a sin no check spoke to has finding null");
    }

    @Test
    void findingCarriesTableItemsAndExportFileNames() throws IOException {
        JsonNode noise = tree(ReportFixtures.sample()).get("findings").get(0);
        assertEquals("1", noise.get("sin").asText());
        assertEquals("[\"model\",\"score\",\"ci_low\",\"ci_high\",\"n\",\"tags\",\"ok\"]",
                noise.get("table").get("columns").toString());
        assertEquals("[\"model-a\",0.8125,0.75,0.875,160,[\"x\",\"y\"],true]",
                noise.get("table").get("rows").get(0).toString());
        assertEquals("[\"model-scores.csv\",\"scores.jsonl\"]", noise.get("files").toString());
    }

    @Test
    void nanAndInfinityAreWrittenAsNull() throws IOException {
        JsonNode root = tree(ReportFixtures.sample());
        assertTrue(root.get("findings").get(0).get("table").get("rows").get(2).get(1).isNull(), "NaN cell");
        assertTrue(root.get("findings").get(2).get("headline").get("value").isNull(), "infinite headline");
        assertTrue(root.get("findings").get(1).get("items").get(1).get("score").isNull(), "null score");
    }

    @Test
    void generatedAtOnlyWhenSet() throws IOException {
        Report without = ReportFixtures.sample();
        assertFalse(tree(without).has("generated_at"));
        Report with = Report.of(without.tool(), "2026-02-03T04:05:06Z", without.inputs(), without.options(),
                without.findings());
        assertEquals("2026-02-03T04:05:06Z", tree(with).get("generated_at").asText());
        assertEquals(List.of("schema", "tool", "generated_at", "inputs", "options", "scorecard", "findings"),
                keys(tree(with)));
    }

    @Test
    void usesTwoSpaceIndentationAndUnixLineEndsAndEndsWithNewline() {
        String text = new String(json.toBytes(ReportFixtures.sample()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schema\": \"evalaudit.report/1\",\n  \"tool\": {\n    \"name\""), text);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void sameReportBuiltTwiceGivesSameBytes() {
        Report first = ReportFixtures.sample();
        Report second = ReportFixtures.sample();
        Map<String, String> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(second.options());
        Report reorderedOptions = Report.of(second.tool(), null, second.inputs(), reversed, second.findings());
        assertArrayEquals(json.toBytes(first), json.toBytes(second));
        assertArrayEquals(json.toBytes(first), json.toBytes(reorderedOptions));
    }

    @Test
    void doublesUseShortestRoundTripDigits() throws IOException {
        Table table = Table.of("v").row(0.1).row(1.0).row(1e-9).row(0.1 + 0.2).row(-0.0).row(123456789.0).build();
        Report report = Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(),
                List.of(new Finding("x", Sin.LOW_QUALITY, Severity.PASS, new Headline("h", 1.0 / 3), "s", table,
                        List.of(), List.of())));
        JsonNode rows = tree(report).get("findings").get(0).get("table").get("rows");
        String text = new String(json.toBytes(report), StandardCharsets.UTF_8);
        assertTrue(text.contains("0.1\n"), "0.1 is written as 0.1");
        assertTrue(text.contains("0.30000000000000004"), "0.1 + 0.2 keeps the digits that identify it");
        assertTrue(text.contains("\"value\": 0.3333333333333333"), text);
        assertEquals(1e-9, rows.get(2).get(0).doubleValue());
        assertTrue(rows.get(1).get(0).isFloatingPointNumber(), "1.0 stays a double (1.0), not the integer 1");
    }

    /** Any double written and read back is the same double, bit for bit. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyFiniteDoubleReadsBackExactly(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Table.Builder table = Table.of("v");
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double v = ReportFixtures.randomDouble(random);
            values.add(v);
            table.row(v);
        }
        Report report = Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(),
                List.of(Finding.of("x", Sin.LOW_QUALITY, Severity.PASS, Headline.none(), "s").withTable(table.build())));
        Report back = ReportReader.read(new ByteArrayInputStream(json.toBytes(report)), Path.of("mem.json"));
        List<List<Object>> rows = back.findings().get(0).table().rows();
        for (int i = 0; i < values.size(); i++) {
            assertEquals(Double.doubleToLongBits(values.get(i)), Double.doubleToLongBits((Double) rows.get(i).get(0)),
                    "value " + values.get(i));
        }
    }
}
