package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemComparisonTest {

    private static Item question(String text) {
        return Item.of("x", text, List.of(), "1");
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Find the maximum possible order for an element of S_n for n = 6. | Find the maximum possible order for an element of S_n for n = 10. | 6 → 10",
            "How many lines with J >> a? | How many lines with J << a? | >> → <<",
            "Find the degree of Q(sqrt(2), sqrt(3)) over Q. | Find the degree of Q(sqrt(2)*sqrt(3)) over Q. | +*",
            "At sea level, in degrees Celsius, water boils at? | At sea level in degrees Celsius water boils at? | ''",
            "How did Eratosthenes estimate the size of Earth? | How did Eratosthenes estimate the size of the Earth? | +the",
            "Which statement is true? | Which statement is not true? | +not",
            "The function f is injective. | The function is injective. | -f",
            "WHICH  planet is largest? | which planet\tis largest? | ''",
            "f maps A to B and f is onto | g maps A to B and g is onto | f → g; f → g",
    })
    void questionDifferenceNamesTheWordsThatChange(String a, String b, String expected) {
        assertEquals(expected, ItemComparison.questionDifference(question(a), question(b)));
    }

    @Test
    void manyEditsAreCountedAfterTheFirstThree() {
        String difference = ItemComparison.questionDifference(question("a b c d e f g h i"), question("a X c Y e Z g W i"));
        assertEquals("b → X; d → Y; f → Z; and 1 more", difference);
    }

    @Test
    void longRunsAreShortenedToSixtyCharacters() {
        String longer = "x".repeat(80);
        String difference = ItemComparison.questionDifference(question("start end"), question("start " + longer + " end"));
        assertEquals("+" + "x".repeat(60) + "…", difference);
    }

    @Test
    void goldsAgreeWhenTheSameChoiceIsReorderedOrLightlyReworded() {
        Item a = Item.of("a", "q", List.of("By sending ships around Earth.",
                "By comparing the altitude of the Sun in two cities on the same day.", "By an eclipse."), "B");
        Item b = Item.of("b", "q", List.of("By measuring the altitude of the Sun in two cities on the same day.",
                "By an eclipse.", "By sending ships around the Earth."), "A");
        assertEquals(true, ItemComparison.sameGold(a, b));
        Item c = Item.of("c", "q", b.choices(), "B");
        assertEquals(false, ItemComparison.sameGold(a, c), "the eclipse is another answer");
    }

    @Test
    void wordOrderMattersBetweenStatementChoices() {
        List<String> choices = List.of("True, True", "False, False", "True, False", "False, True");
        assertFalse(ItemComparison.sameGold(Item.of("a", "q", choices, "C"), Item.of("b", "q", choices, "D")));
        assertTrue(ItemComparison.sameGold(Item.of("a", "q", choices, "C"), Item.of("b", "q", choices, "C")));
    }

    @Test
    void aGoldWithNoLikelyCounterpartDisagrees() {
        Item a = Item.of("a", "q", List.of("red", "green"), "A");
        Item b = Item.of("b", "q", List.of("violet", "indigo"), "A");
        assertEquals(false, ItemComparison.sameGold(a, b), "violet is not red, though both are first");
    }

    @Test
    void freeFormGoldsCompareTheirWordsAndMissingGoldsAreUnknown() {
        assertEquals(true, ItemComparison.sameGold(Item.of("a", "q", List.of(), "New York"), Item.of("b", "q", List.of(), "new-york")));
        assertEquals(false, ItemComparison.sameGold(Item.of("a", "q", List.of(), "42"), Item.of("b", "q", List.of(), "24")));
        assertNull(ItemComparison.sameGold(Item.of("a", "q", List.of(), null), Item.of("b", "q", List.of(), "24")));
    }

    @Test
    void sharedChoicesCountsCounterpartsInAnyOrderFromTheSmallerSide() {
        Item a = Item.of("a", "q", List.of("red", "green", "blue", "yellow"), "A");
        assertEquals(1.0, ItemComparison.sharedChoices(a, Item.of("b", "q", List.of("yellow", "blue", "green", "red"), "A")));
        assertEquals(0.5, ItemComparison.sharedChoices(a, Item.of("c", "q", List.of("red", "green", "black", "white"), "A")));
        assertEquals(0.5, ItemComparison.sharedChoices(a, Item.of("d", "q", List.of("red", "green"), "A")),
                "d's choices are all in a, but only half of a's are in d");
        assertEquals(0.0, ItemComparison.sharedChoices(a, Item.of("e", "q", List.of(), "red")));
        assertEquals(1.0, ItemComparison.sharedChoices(Item.of("f", "q", List.of(), "1"), Item.of("g", "q", List.of(), "2")));
    }
}
