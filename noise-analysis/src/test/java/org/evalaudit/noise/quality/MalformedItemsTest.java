package org.evalaudit.noise.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

class MalformedItemsTest {
    private static final List<String> CHOICES = List.of("one", "two", "three", "four");

    private static Set<Problem> problems(String question, List<String> choices, String gold) {
        return MalformedItems.problems(new Item("i", question, choices, gold, null, null, null, Map.of()),
                MalformedItems.DEFAULT_MIN_QUESTION_CHARS);
    }

    @Test
    void wellFormedItemsHaveNoProblem() {
        assertEquals(Set.of(), problems("Which number is the smallest prime?", CHOICES, "B"));
        assertEquals(Set.of(), problems("What does `x = y[0]` do in Python when y is a list?", CHOICES, "A"));
        assertEquals(Set.of(), problems("Compute 2 + 2.", List.of(), "4"));
        // mathematics is not code (MMLU abstract algebra and high-school mathematics)
        assertEquals(Set.of(), problems("Find all c in Z_3 such that Z_3[x]/(x^3 + cx^2 + 1) is a field.", CHOICES, "B"));
        assertEquals(Set.of(), problems("If A = {1, 2, 3} then relation S = {(1, 1), (2, 2)} is", CHOICES, "B"));
        assertEquals(Set.of(), problems("Simplify $\\frac{k-3}{2} + 3k+1+\\frac{3k+1}{2}$.", CHOICES, "B"));
        assertEquals(Set.of(), problems("For T: Z x Z -> Z where T(1, 0) = 3 and T(0, 1) = -5, find T(-3,2).", CHOICES, "B"));
    }

    @Test
    void flagsEachKindOfDamage() {
        assertEquals(EnumSet.of(Problem.EMPTY_QUESTION), problems("   ", CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.SHORT_QUESTION), problems("Why?", CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.URL_INSTEAD_OF_QUESTION),
                problems("https://www.example.com/economics/question-17.html", CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.CODE_INSTEAD_OF_QUESTION), problems("for (i = 0; i < n; i++) { s += a[i]; }",
                CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.CODE_INSTEAD_OF_QUESTION), problems("def f(x):\n    return x + 1\nprint(f(2))",
                CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.CODE_INSTEAD_OF_QUESTION), problems("<div class=\"q\"><p>17</p></div>",
                CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.REPLACEMENT_CHARACTER), problems("What is the \uFFFD of water?", CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.MOJIBAKE), problems("Which caf\u00c3\u00a9 serves tea?", CHOICES, "A"));
        assertEquals(EnumSet.of(Problem.MOJIBAKE), problems("Which option is right?",
                List.of("It\u00e2\u20ac\u2122s one", "two", "three", "four"), "A"));
        assertEquals(EnumSet.of(Problem.REPEATED_CHOICES), problems("Which number is even?",
                List.of("two", "Two ", "three", "five"), "A"));
        assertEquals(EnumSet.of(Problem.EMPTY_CHOICE), problems("Which number is even?",
                List.of("two", "", "three", "five"), "A"));
        assertEquals(EnumSet.of(Problem.GOLD_OUTSIDE_CHOICES), problems("Which number is even?", CHOICES, "E"));
        assertEquals(EnumSet.of(Problem.GOLD_OUTSIDE_CHOICES), problems("Which number is even?", CHOICES, null));
        assertEquals(EnumSet.of(Problem.MISSING_GOLD), problems("How many legs has a spider?", List.of(), " "));
    }
}
