package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.core.io.FieldMapping.Field;
import org.evalaudit.core.io.FieldMapping.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldMappingTest {
    private static JsonNode record(String json) throws Exception {
        return Json.MAPPER.readTree(json);
    }

    @Test
    void parsesTheIssueExamples() {
        FieldMapping benchmark = FieldMapping.parseOverrides("id=qid,gold=answer_letter");
        assertEquals(List.of("qid"), benchmark.override(Field.ID));
        assertEquals(List.of("answer_letter"), benchmark.override(Field.GOLD));
        assertEquals(List.of(), benchmark.override(Field.QUESTION));
        FieldMapping results = FieldMapping.parseOverrides(" item_id = example_id , SCORE=pass1 ");
        assertEquals(List.of("example_id"), results.override(Field.ID));
        assertEquals(List.of("pass1"), results.override(Field.SCORE));
    }

    @Test
    void choicesMayNameSeveralColumnsAndTheTextFormRoundTrips() {
        FieldMapping mapping = FieldMapping.parseOverrides("choices=opt_a|opt_b|opt_c,id=qid");
        assertEquals(List.of("opt_a", "opt_b", "opt_c"), mapping.override(Field.CHOICES));
        assertEquals(mapping, FieldMapping.parseOverrides(mapping.toString()));
        assertEquals(mapping, FieldMapping.auto().with(Field.ID, "qid").with(Field.CHOICES, "opt_a", "opt_b", "opt_c"));
    }

    @Test
    void blankMeansAutoDetection() {
        assertSame(FieldMapping.auto(), FieldMapping.parseOverrides(null));
        assertSame(FieldMapping.auto(), FieldMapping.parseOverrides("  "));
    }

    @Test
    void anUnknownFieldIsRejectedWithTheListOfKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldMapping.parseOverrides("id=qid,golden=answer"));
        assertTrue(e.getMessage().contains("unknown field \"golden\""), e.getMessage());
        assertTrue(e.getMessage().contains("id, item_id, question, choices, gold"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "id=", "id=qid,id=other", "gold=a|b", "=qid"})
    void malformedOverridesAreRejected(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldMapping.parseOverrides(spec));
        assertTrue(e.getMessage().startsWith("field mapping: "), e.getMessage());
    }

    @Test
    void answerIsTheGoldInABenchmarkButTheModelAnswerInResults() throws Exception {
        JsonNode row = record("{\"id\": \"q1\", \"item_id\": \"i1\", \"answer\": \"B\", \"target\": \"C\"}");
        FieldMapping auto = FieldMapping.auto();
        assertEquals("answer", auto.column(Field.GOLD, Role.BENCHMARK, row));
        assertEquals("target", auto.column(Field.GOLD, Role.RESULTS, row));
        assertEquals("answer", auto.column(Field.ANSWER, Role.RESULTS, row));
        assertNull(auto.column(Field.ANSWER, Role.BENCHMARK, row));
        assertEquals("id", auto.column(Field.ID, Role.BENCHMARK, row));
        assertEquals("item_id", auto.column(Field.ID, Role.RESULTS, row));
    }

    @Test
    void aNullValueCountsAsPresentSoThatItMeansAbstention() throws Exception {
        JsonNode row = record("{\"id\": \"q1\", \"prediction\": \"A\", \"answer\": null}");
        assertEquals("answer", FieldMapping.auto().column(Field.ANSWER, Role.RESULTS, row));
    }

    @Test
    void anOverriddenColumnMissingFromARecordIsAnErrorNamingIt() throws Exception {
        FieldMapping mapping = FieldMapping.parseOverrides("gold=answr");
        JsonNode row = record("{\"id\": \"q1\", \"answer\": \"B\"}");
        InputError e = assertThrows(InputError.class,
                () -> mapping.map(Role.BENCHMARK, Path.of("b.jsonl"), 4, row).node(Field.GOLD));
        assertEquals("answr", e.field());
        assertEquals(4, e.line());
        assertEquals("b.jsonl:4: field \"answr\": expected this column (mapped as gold=answr), got a record"
                + " without it", e.getMessage());
    }
}
