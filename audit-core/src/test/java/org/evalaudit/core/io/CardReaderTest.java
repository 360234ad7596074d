package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.ModelInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsACardWithModelsByName() {
        Loaded<BenchmarkCard> loaded = CardReader.read(Fixtures.path("card/card.json"));
        assertEquals(new BenchmarkCard("mmlu-redux-dev", "accuracy", List.of("abstract_algebra", "astronomy"),
                Map.of("intended_users", "model developers, evaluators", "expert_validated", "true",
                        "real_world_task", "no"),
                Map.of("openai_gpt-4o-2024-05-13",
                        new ModelInfo("openai_gpt-4o-2024-05-13", LocalDate.of(2024, 5, 13), true),
                        "meta_llama-3-70b", new ModelInfo("meta_llama-3-70b", LocalDate.of(2024, 4, 18), false))),
                loaded.value());
        assertEquals("card", loaded.inputs().get(0).role());
        assertEquals(1, loaded.inputs().get(0).records());
    }

    @Test
    void readsModelsAsAListAndNamesTheCardAfterItsFileWhenUnnamed() {
        BenchmarkCard card = CardReader.read(Fixtures.path("card/card-model-list.json")).value();
        assertEquals("card-model-list", card.name());
        assertEquals("pass@1", card.headlineMetric());
        assertEquals(Map.of("m1", new ModelInfo("m1", LocalDate.of(2023, 3, 14), true),
                "m2", new ModelInfo("m2", null, false)), card.models());
    }

    @Test
    void aBadDateNamesTheFieldAndTheLineWhereItsEntryStarts() {
        Path file = Fixtures.path("card/card-bad-date.json");
        InputError e = assertThrows(InputError.class, () -> CardReader.read(file));
        assertEquals(file + ":3: field \"models.m1.release_date\": expected a date like 2024-05-13, got \"May 2024\"",
                e.getMessage());
    }

    @Test
    void malformedCardsAreInputErrors() throws IOException {
        Path notObject = Files.writeString(dir.resolve("a.json"), "[1, 2]");
        assertEquals(1, assertThrows(InputError.class, () -> CardReader.read(notObject)).line());
        Path broken = Files.writeString(dir.resolve("b.json"), "{\n  \"name\": \"x\",\n  \"subsets\": [\n}");
        assertEquals(4, assertThrows(InputError.class, () -> CardReader.read(broken)).line());
        Path strong = Files.writeString(dir.resolve("c.json"), "{\"models\": {\"m\": {\"strong\": \"very\"}}}");
        assertEquals("models.m.strong", assertThrows(InputError.class, () -> CardReader.read(strong)).field());
    }
}
