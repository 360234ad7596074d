package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentMatcherTest {
    private static final Item KERNEL = Item.of("ml/1",
            "For kernel regression, which one of these structural assumptions is the one that most affects the "
                    + "trade-off between underfitting and overfitting?",
            List.of("Whether the kernel is Gaussian", "The metric used", "The kernel width", "The maximum height"), "C");
    private static final Item SHORT = Item.of("astro/1", "Who composed the Moonlight Sonata?",
            List.of("Mozart", "Beethoven", "Bach", "Chopin"), "B");
    private static final Item FREE = Item.of("gsm/1",
            "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. "
                    + "How many clips did Natalia sell altogether in April and May?", List.of(), "72");

    private static List<Item> templated() {
        List<Item> items = new ArrayList<>(List.of(KERNEL, SHORT, FREE));
        String[] topics = {"acute appendicitis in a child", "a fractured wrist after a fall", "persistent cough and fever",
            "sudden chest pain at rest", "a rash after a new drug"};
        for (int i = 0; i < topics.length; i++) {
            items.add(Item.of("med/" + i, "A patient presents with " + topics[i]
                    + ". Which of the following is the most appropriate next step in management?",
                    List.of("Wait", "Operate", "Scan", "Discharge"), "A"));
        }
        return items;
    }

    private final ItemIndex index = ItemIndex.build(new Benchmark("t", templated()), 0);
    private final Verdicts verdicts = new Verdicts(index, Preset.DEFAULT);

    private List<ItemDocMatch> scan(String text) {
        List<ItemDocMatch> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        new DocumentMatcher(index).scan(new DocRef("f", 0, "d", null, 0), chars, 0, chars.length, out::add);
        return out;
    }

    private ItemDocMatch only(String text, String itemId) {
        return scan(text).stream().filter(m -> index.item(m.item()).id().equals(itemId)).findFirst().orElseThrow();
    }

    /**
     * The scanner probes the 7-gram filter at every other token only: a document sharing exactly one
     * 8-gram with an item must still be found, whatever the 8-gram's position and the document's length.
     */
    @ParameterizedTest(name = "{0} words before, {1} after")
    @CsvSource({"0,0", "1,0", "2,0", "3,0", "0,1", "1,1", "2,1", "3,1", "0,2", "1,2", "4,3", "5,4"})
    void aSingleSharedEightGramIsFoundAtAnyPosition(int before, int after) {
        String shared = "which one of these structural assumptions is the";
        ItemDocMatch m = only("go ".repeat(before) + shared + " stop".repeat(after), "ml/1");
        assertEquals(8, m.longestVerbatim());
    }

    /** Short keys (the first five tokens of a short question) are probed at every other token too. */
    @ParameterizedTest(name = "{0} words before, {1} after")
    @CsvSource({"0,0", "1,0", "2,0", "3,0", "0,1", "1,1", "2,2", "3,3"})
    void aShortQuestionIsFoundAtAnyPosition(int before, int after) {
        ItemDocMatch m = only("go ".repeat(before) + "Who composed the Moonlight Sonata?" + " stop".repeat(after), "astro/1");
        assertTrue(m.wholeQuestion());
    }

    @Test
    void rewrappedQuestionIsMatchedWhole() {
        ItemDocMatch m = only("Great film.\n\nFor kernel\nregression, which one of these\nstructural assumptions is the one"
                + "\nthat most affects the trade-off\nbetween underfitting and overfitting?\nA) Whether the kernel is Gaussian", "ml/1");
        assertTrue(m.wholeQuestion());
        assertTrue(verdicts.dirtyDocument(m));
        assertFalse(m.answerLeaked());
    }

    @Test
    void paraphraseWithEditsStillCoversMostOfTheQuestion() {
        ItemDocMatch m = only("For kernel regression, which one of those structural assumptions is the one that most "
                + "affects the trade-off among underfitting plus overfitting?", "ml/1");
        assertTrue(m.questionMatched() >= 17, "matched " + m.questionMatched());
        assertTrue(verdicts.dirtyDocument(m));
    }

    /** A page that shuffles the choices answers with its own letters. */
    @Test
    void aPageWithItsOwnChoiceOrderLeaksTheAnswerUnderItsOwnLetter() {
        String shuffled = KERNEL.question() + "\nA. The metric used\nB. The kernel width\nC. The maximum height\n"
                + "D. Whether the kernel is Gaussian\n";
        assertTrue(only(shuffled + "Answer: B", "ml/1").answerLeaked(), "B is the kernel width on this page");
        assertFalse(only(shuffled + "Answer: C", "ml/1").answerLeaked(), "C is the gold's letter in the benchmark, "
                + "but the maximum height on this page");
        String longer = KERNEL.question() + "\nA. The kernel width squared\nB. The metric used\nC. The kernel width\n"
                + "D. The maximum height\n";
        assertTrue(only(longer + "Answer: C", "ml/1").answerLeaked(), "A. starts with the gold's words but is "
                + "another choice");
    }

    @Test
    void answerLeaksOnlyWithACueAndTheGold() {
        String question = KERNEL.question() + "\nA. Whether the kernel is Gaussian\nB. The metric used\nC. The kernel width\n"
                + "D. The maximum height\n";
        assertTrue(only(question + "Answer: C", "ml/1").answerLeaked());
        assertTrue(only(question + "The correct answer is the kernel width.", "ml/1").answerLeaked());
        assertFalse(only(question + "Answer: B", "ml/1").answerLeaked());
        assertFalse(only(question + "\nA couple of words about this film.", "ml/1").answerLeaked(),
                "a lower-case 'a' after the choices is an article, not an answer");
        assertTrue(only(FREE.question() + " 48 + 24 = 72. The answer is 72.", "gsm/1").answerLeaked());
        assertFalse(only(FREE.question() + " She sold 72 clips, I think.", "gsm/1").answerLeaked(),
                "a one-token gold answer needs an answer cue before it");
        assertFalse(only(FREE.question() + " Nobody knows.", "gsm/1").answerLeaked());
    }

    @Test
    void theSameTemplateWithOtherNumbersIsASiblingNotTheItem() {
        Item eighty = Item.of("w/80", "A warehouse holds 80 crates and receives a shipment multiplying its stock by 7 more "
                + "times. How many crates does it hold afterwards, counted in total?", List.of("559", "560"), "B");
        ItemIndex one = ItemIndex.build(new Benchmark("w", List.of(eighty)), 0);
        Verdicts judge = new Verdicts(one, Preset.DEFAULT);
        List<ItemDocMatch> out = new ArrayList<>();
        DocumentMatcher matcher = new DocumentMatcher(one);
        for (String doc : List.of(
                "A warehouse holds 80 crates and receives a shipment multiplying its stock by 21 more times. How many "
                        + "crates does it hold afterwards, counted in total?",
                "A warehouse holds 80 crates and receives a shipment multiplying its stock by seven more times. How many "
                        + "crates does it hold afterwards, counted in total?")) {
            char[] chars = doc.toCharArray();
            matcher.scan(new DocRef("f", out.size(), "d", null, 0), chars, 0, chars.length, out::add);
        }
        assertEquals(2, out.size());
        assertEquals(1, out.get(0).numberConflicts());
        assertFalse(judge.dirtyDocument(out.get(0)), "21 is not 7: another item of the template");
        assertEquals(0, out.get(1).numberConflicts());
        assertTrue(judge.dirtyDocument(out.get(1)), "seven is 7 written as a word");
    }

    @Test
    void shortQuestionsCountOnlyWhenWhole() {
        ItemDocMatch whole = only("I wondered: who composed the Moonlight Sonata? Nobody knew.", "astro/1");
        assertTrue(whole.wholeQuestion());
        assertTrue(verdicts.dirtyDocument(whole));
        assertTrue(scan("who composed the Moonlight music of this film").stream()
                .noneMatch(verdicts::dirtyDocument));
    }

    @Test
    void aTemplateSharedByManyItemsIsDiscounted() {
        List<ItemDocMatch> matches = scan("Which of the following is the most appropriate next step in management? "
                + "Leave the cinema.");
        assertEquals(5, matches.size());
        assertTrue(matches.stream().noneMatch(ItemDocMatch::counted));
        Verdicts.Accumulator acc = verdicts.accumulator(matches.get(0).item());
        acc.add(matches.get(0));
        assertEquals(Verdict.CLEAN, acc.result().verdict());
        assertEquals(1, acc.result().discountedDocs());
    }

    @Test
    void aShortTemplateQuestionIsNeverDirtyButCopiesOfOneItemAre() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(Item.of("tpl/" + i, "Which of the following statements is true?",
                    List.of("Option " + i, "Other " + i), "A"));
        }
        for (int i = 0; i < 3; i++) {
            items.add(Item.of("copy/" + i, "Which element has the chemical symbol Fe in the periodic table?",
                    List.of("Iron", "Fluorine"), "A"));
        }
        ItemIndex templated = ItemIndex.build(new Benchmark("t", items), 0);
        Verdicts judge = new Verdicts(templated, Preset.DEFAULT);
        List<ItemDocMatch> out = new ArrayList<>();
        char[] doc = ("Which of the following statements is true about this film? None. Which element has the "
                + "chemical symbol Fe in the periodic table? Iron, of course.").toCharArray();
        new DocumentMatcher(templated).scan(new DocRef("f", 0, "d", null, 0), doc, 0, doc.length, out::add);
        for (ItemDocMatch m : out) {
            String id = templated.item(m.item()).id();
            assertEquals(id.startsWith("copy/"), judge.dirtyDocument(m), id);
        }
        assertEquals(7, out.size());
    }

    @Test
    void aLeakedTemplatedItemIsStillFoundThroughItsOwnWords() {
        ItemDocMatch m = only("A patient presents with a fractured wrist after a fall. Which of the following is the most "
                + "appropriate next step in management?", "med/1");
        assertTrue(m.counted());
        assertTrue(verdicts.dirtyDocument(m));
    }
}
