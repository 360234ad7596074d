package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

/** Each preset's rule on documents that hold all, most, or a little of one item. */
class PresetsTest {
    // 28 question tokens, 4 one-token choices: 32 tokens, 21 eight-grams (all in the question)
    private static final String QUESTION = "In the late nineteenth century which railway company laid the first "
            + "transcontinental line across the northern plains and how long did the construction of its main route take";
    private static final Item ITEM = Item.of("h/1", QUESTION, List.of("Two", "Five", "Nine", "Twelve"), "B");
    private final ItemIndex index = ItemIndex.build(new Benchmark("b", List.of(ITEM)), 3);

    private Map<Preset, Verdict> presets(String... docs) {
        List<ItemDocMatch> evidence = new ArrayList<>();
        DocumentMatcher matcher = new DocumentMatcher(index);
        for (int d = 0; d < docs.length; d++) {
            char[] text = docs[d].toCharArray();
            matcher.scan(new DocRef("f", d, "d" + d, null, 0), text, 0, text.length, evidence::add);
        }
        return ScanResult.of(index, evidence, Preset.DEFAULT, null).items().get(0).presets();
    }

    private static String words(int from, int to) {
        String[] w = QUESTION.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    @Test
    void aVerbatimCopyIsDirtyForEveryPreset() {
        Map<Preset, Verdict> p = presets("Quiz night! " + QUESTION + "? A) Two B) Five C) Nine D) Twelve");
        for (Preset preset : Preset.values()) {
            assertEquals(Verdict.DIRTY, p.get(preset), preset.label());
        }
    }

    @Test
    void aThirteenTokenQuoteIsDirtyOnlyForGpt3() {
        Map<Preset, Verdict> p = presets("He wrote: " + words(0, 13) + ", and stopped.");
        assertEquals(Verdict.DIRTY, p.get(Preset.GPT3));
        assertEquals(Verdict.CLEAN, p.get(Preset.PALM), "6 of 21 eight-grams");
        assertEquals(Verdict.PARTIAL, p.get(Preset.LLAMA2), "13 of 32 tokens = 41 %");
        assertEquals(Verdict.PARTIAL, p.get(Preset.DEFAULT), "13 of 28 question tokens");
    }

    @Test
    void palmAndLlamaAddUpDocumentsButTheDefaultJudgesEachDocument() {
        // two halves of the question in two documents: 16 of 21 eight-grams (76 %) are covered between them
        Map<Preset, Verdict> p = presets("First: " + words(0, 16) + ".", "Second: " + words(14, 28) + ".");
        assertEquals(Verdict.DIRTY, p.get(Preset.PALM));
        assertEquals(Verdict.DIRTY, p.get(Preset.LLAMA2), "28 of 32 tokens = 88 %");
        assertEquals(Verdict.PARTIAL, p.get(Preset.DEFAULT), "no one document holds 70 % of the question");
    }
}
