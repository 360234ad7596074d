package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

class VerdictsTest {
    private static final Item PHRASE = Item.of("p/1", "At the end of the day it was the people who decided, so which "
            + "institution of the early republic did the people trust the most?", List.of("Congress", "Courts"), "A");
    private static final Item COPIED = Item.of("c/1", "Which enzyme of the pentose phosphate pathway produces the first "
            + "molecule of NADPH in the oxidative phase?", List.of("G6PD", "Transketolase"), "A");

    private final ItemIndex index = ItemIndex.build(new Benchmark("b", List.of(PHRASE, COPIED)), 0);

    private ScanResult scan(List<String> docs) {
        return scan(docs, 1);
    }

    private ScanResult scan(List<String> docs, long shuffleSeed) {
        List<ItemDocMatch> evidence = new ArrayList<>();
        DocumentMatcher matcher = new DocumentMatcher(index);
        for (int d = 0; d < docs.size(); d++) {
            char[] text = docs.get(d).toCharArray();
            matcher.scan(new DocRef("web.jsonl", d * 100L, "doc" + d, null, 0), text, 0, text.length, evidence::add);
        }
        Collections.shuffle(evidence, new java.util.Random(shuffleSeed));
        return ScanResult.of(index, evidence, Preset.DEFAULT, null);
    }

    private static List<String> repeat(String text, int times) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add("Review " + i + ". " + text + " Great cast.");
        }
        return out;
    }

    @Test
    void aStockPhraseOfTheCorpusIsDiscountedWhenItIsAllThereIs() {
        String phrase = "At the end of the day it was the people who decided, as always.";
        ItemResult few = scan(repeat(phrase, Verdicts.BOILERPLATE_DOCS - 1)).items().get(0);
        assertEquals(Verdict.PARTIAL, few.verdict());
        ItemResult many = scan(repeat(phrase, Verdicts.BOILERPLATE_DOCS)).items().get(0);
        assertEquals(Verdict.CLEAN, many.verdict());
        assertEquals(Verdicts.BOILERPLATE_DOCS, many.discountedDocs());
        assertEquals(0, many.matchedDocs());
    }

    @Test
    void copiesOfOnePageAreOneDocumentWhenStockPhrasesAreCounted() {
        String page = "Review 7. At the end of the day it was the people who decided, as always. Great cast.";
        ItemResult mirrored = scan(Collections.nCopies(3 * Verdicts.BOILERPLATE_DOCS, page)).items().get(0);
        assertEquals(Verdict.PARTIAL, mirrored.verdict(), "thirty copies of one page are not thirty pages");
        assertEquals(3 * Verdicts.BOILERPLATE_DOCS, mirrored.matchedDocs());
    }

    @Test
    void aQuestionAskedThreeTimesWithReorderedChoicesIsNoTemplate() {
        List<String> enzymes = List.of("G6PD", "Transketolase", "Aldolase", "Hexokinase");
        List<Item> items = List.of(Item.of("t/1", COPIED.question(), enzymes, "A"),
                Item.of("t/2", COPIED.question(), List.of(enzymes.get(3), enzymes.get(0), enzymes.get(1), enzymes.get(2)), "B"),
                Item.of("t/3", COPIED.question(), List.of(enzymes.get(2), enzymes.get(3), enzymes.get(0), enzymes.get(1)), "C"));
        ItemIndex triplicate = ItemIndex.build(new Benchmark("b", items), 0);
        List<ItemDocMatch> evidence = new ArrayList<>();
        char[] text = ("Forum post. " + COPIED.question() + " I think it is G6PD.").toCharArray();
        new DocumentMatcher(triplicate).scan(new DocRef("web.jsonl", 0, "doc0", null, 0), text, 0, text.length, evidence::add);
        ScanResult result = ScanResult.of(triplicate, evidence, Preset.DEFAULT, null);
        assertEquals(List.of(Verdict.DIRTY, Verdict.DIRTY, Verdict.DIRTY),
                result.items().stream().map(ItemResult::verdict).toList());
    }

    /** Chinese has no spaces: matched character by character, an edited quote is still the item. */
    @Test
    void aChineseItemQuotedWithOneCharacterChangedIsFound() {
        Item item = Item.of("c-eval/1", "下列关于中国古代科举制度的说法，正确的是哪一项？请选出最准确的答案。",
                List.of("始于唐朝", "始于隋朝", "废于明朝", "废于宋朝"), "B");
        Item other = Item.of("c-eval/2", "光合作用主要发生在植物细胞的哪一种细胞器中？", List.of("叶绿体", "线粒体"), "A");
        ItemIndex chinese = ItemIndex.build(new Benchmark("b", List.of(item, other)), 0);
        List<ItemDocMatch> evidence = new ArrayList<>();
        char[] text = "论坛帖子：下列关于中国古代科举制度的说法，正确的是哪一个？请选出最准确的答案。我觉得是隋朝。".toCharArray();
        new DocumentMatcher(chinese).scan(new DocRef("web.jsonl", 0, "doc0", null, 0), text, 0, text.length, evidence::add);
        ScanResult result = ScanResult.of(chinese, evidence, Preset.DEFAULT, null);
        assertEquals(List.of(Verdict.DIRTY, Verdict.CLEAN), result.items().stream().map(ItemResult::verdict).toList());
        assertFalse(result.items().get(0).leakedAnswer(), "the page gives no answer");

        List<ItemDocMatch> answered = new ArrayList<>();
        char[] withKey = "下列关于中国古代科举制度的说法，正确的是哪一项？请选出最准确的答案。A. 始于唐朝 B. 始于隋朝 答案：B"
                .toCharArray();
        new DocumentMatcher(chinese).scan(new DocRef("web.jsonl", 1, "doc1", null, 0), withKey, 0, withKey.length,
                answered::add);
        assertTrue(ScanResult.of(chinese, answered, Preset.DEFAULT, null).items().get(0).leakedAnswer(),
                "答案 (answer) followed by the gold letter");
    }

    @Test
    void anItemCopiedIntoManyDocumentsStaysDirty() {
        ScanResult result = scan(repeat(COPIED.question(), 3 * Verdicts.BOILERPLATE_DOCS));
        ItemResult copied = result.items().get(1);
        assertEquals(Verdict.DIRTY, copied.verdict());
        assertEquals(3 * Verdicts.BOILERPLATE_DOCS, copied.matchedDocs());
        assertEquals("doc0", copied.evidence().doc().id(), "evidence is the first document in corpus order");
        assertEquals(3 * Verdicts.BOILERPLATE_DOCS, result.docs().size());
    }

    @Test
    void resultsDoNotDependOnEvidenceOrder() {
        List<String> docs = new ArrayList<>(repeat(COPIED.question(), 4));
        docs.addAll(repeat("At the end of the day it was the people who decided.", 3));
        ScanResult first = scan(docs, 1);
        for (long seed = 2; seed < 6; seed++) {
            ScanResult other = scan(docs, seed);
            assertEquals(first.itemsTable(), other.itemsTable());
            assertEquals(first.docsTable(), other.docsTable());
        }
    }
}
