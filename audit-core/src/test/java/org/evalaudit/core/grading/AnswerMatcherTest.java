package org.evalaudit.core.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerMatcherTest {
    private static final Item CAPITALS = Item.of("geo-1", "What is the capital of Italy?",
            List.of("Paris", "London", "Rome", "Berlin"), "C");
    private static final Item ARITHMETIC = Item.of("gsm-1", "How many clips?", List.of(), "1000");

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "B         | B",
        "b         | B",
        "(B)       | B",
        "B)        | B",
        "B.        | B",
        "' (b). '  | B",
        "**C**     | C",
        "[D]       | D",
        "1,000     | 1000",
        "1000.0    | 1000",
        "1000      | 1000",
        "$5        | 5",
        "$1,234.50 | 1234.5",
        "-3        | -3",
        "\u22123   | -3",
        "(-5)      | -5",
        "0.50      | 0.5",
        ".5        | 0.5",
        "-0        | 0",
        "42.       | 42",
        "007       | 7",
        "1,000,000 | 1000000",
        "'  Paris  '                | paris",
        "'New   York\u00a0City'     | new york city",
        "'\"Paris.\"'               | paris",
        "'\uff21\uff22\uff23'        | abc",
        "\uff22                     | B",
        "To        | to",
        "'Mitochondria, of course!' | mitochondria, of course",
    })
    void normalizesToTheCanonicalForm(String raw, String expected) {
        assertEquals(expected, AnswerMatcher.normalize(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "...", "\u2028", "\u0085", "()", "**"})
    void blankOrPunctuationOnlyIsAnAbstention(String raw) {
        assertNull(AnswerMatcher.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "c", "(C)", "C.", "Rome", "rome.", " ROME "})
    void multipleChoiceAcceptsTheGoldLetterOrTheGoldChoiceText(String answer) {
        assertTrue(AnswerMatcher.matches(answer, CAPITALS));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"A", "B", "Paris", "Rome, Italy", "E"})
    void multipleChoiceRejectsOtherAnswers(String answer) {
        assertFalse(AnswerMatcher.matches(answer, CAPITALS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "1,000", "1000.0", "$1000", "1000.00", " 1000. "})
    void freeFormNumbersMatchWhateverTheirFormatting(String answer) {
        assertTrue(AnswerMatcher.matches(answer, ARITHMETIC));
    }

    @Test
    void itemsWithoutGoldMatchNothing() {
        Item noGold = Item.of("x", "q", List.of("a", "b"), null);
        assertFalse(AnswerMatcher.matches("A", noGold));
        assertFalse(AnswerMatcher.matches("999", ARITHMETIC));
        assertFalse(AnswerMatcher.matches("A", null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", value = {
        "'The answer is (B).'                                           | B",
        "'Answer: C'                                                    | C",
        "D                                                              | D",
        "'d'                                                            | D",
        "'Let''s think step by step. Rome is the capital. Therefore, the answer is C.' | C",
        "'B) London'                                                    | B",
        "'London'                                                       | B",
        "'The answer is Rome.'                                          | C",
        "'I would choose (C) because it is the capital.'                | C",
        "'The correct option is **A**'                                  | A",
        "'Reasoning...\n#### D'                                         | D",
        "'First I thought the answer is A, but on reflection the answer is B.' | B",
        "'Some reasoning.\nB\n'                                         | B",
        "'To'                                                           | NULL",
        "'Let'                                                          | NULL",
        "'The'                                                          | NULL",
        "'E'                                                            | NULL",
        "'Answer: E'                                                    | NULL",
        "'It is either (A) or (C).'                                     | NULL",
        "'I am not sure.'                                               | NULL",
    })
    void lenientExtractionFromMultipleChoiceOutputs(String raw, String expected) {
        assertEquals(expected, AnswerMatcher.extractLenient(raw.replace("\\n", "\n"), CAPITALS));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", value = {
        "'Natalia sold 48/2 = 24 clips in May.\nAltogether 48+24 = 72.\n#### 72' | 72",
        "'The answer is $1,250.'                                        | 1250",
        "'So the final answer is \\boxed{3/4}.'                         | 3/4",
        "'There are 3 apples and 4 oranges, so 7 fruits.'               | 7",
        "'Answer: 12 eggs'                                              | 12",
        "'It drops to -5 degrees'                                       | -5",
        "'Paris'                                                        | paris",
        "'The answer is Paris. It is in France.'                        | paris",
        "'42'                                                           | 42",
        "'Let me think.\nHmm, hard.'                                    | NULL",
        "'   '                                                          | NULL",
    })
    void lenientExtractionFromFreeFormOutputs(String raw, String expected) {
        assertEquals(expected, AnswerMatcher.extractLenient(raw.replace("\\n", "\n"), ARITHMETIC));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", value = {
        "B                 | B",
        "'(b)'             | B",
        "'B.'              | B",
        "' C\n'            | C",
        "'The answer is B' | B",
        "'Let me think.\nSo the answer is (C).' | C",
        "'Answer: B\nI am sure.' | NULL",
        "'The answer is E' | NULL",
        "'E'               | NULL",
        "'London'          | NULL",
        "'B) London'       | NULL",
        "NULL              | NULL",
    })
    void strictExtractionForMultipleChoiceNeedsALetterOrAClosingStatement(String raw, String expected) {
        assertEquals(expected, AnswerMatcher.extractStrict(raw == null ? null : raw.replace("\\n", "\n"), CAPITALS));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", value = {
        "'42'                | 42",
        "'1,000'             | 1000",
        "'42\n'              | 42",
        "'New York City'     | new york city",
        "'The answer is 42'  | 42",
        "'6 x 7\n#### 42'    | 42",
        "'It is 42 I think'  | NULL",
        "'42\nbecause 6x7'   | NULL",
        "'...'               | NULL",
    })
    void strictExtractionForFreeFormNeedsAShortLineOrAClosingStatement(String raw, String expected) {
        assertEquals(expected, AnswerMatcher.extractStrict(raw.replace("\\n", "\n"), ARITHMETIC));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", value = {
        "'Natalia sold 48/2 = <<48/2=24>>24 clips in May.\nNatalia sold 48+24 = <<48+24=72>>72 clips.\n#### 72' | 72",
        "'She pays 10 * 100 = 1,000 dollars.\n#### 1,000'                                              | 1,000",
        "'#### 18\n'                                                                                   | 18",
        "'no marker here'                                                                              | NULL",
        "'#### '                                                                                       | NULL",
    })
    void gsm8kGoldIsTheTextAfterTheLastMarker(String solution, String expected) {
        assertEquals(expected, AnswerMatcher.goldFromSolution(solution.replace("\\n", "\n")));
        assertNull(AnswerMatcher.goldFromSolution(null));
    }

    static LongStream seededIntegers() {
        SplittableRandom random = new SplittableRandom(20260611L);
        return LongStream.generate(() -> random.nextLong(-50_000_000L, 50_000_000L)).limit(200);
    }

    /** Property: every usual way of writing an integer normalises to its plain decimal. */
    @ParameterizedTest
    @MethodSource("seededIntegers")
    void integersInAnyFormattingNormaliseToTheirDecimal(long n) {
        String plain = Long.toString(n);
        String grouped = String.format(java.util.Locale.ROOT, "%,d", n);
        String sign = n < 0 ? "-" : "";
        String dollars = sign + "$" + String.format(java.util.Locale.ROOT, "%,d", Math.abs(n));
        for (String written : List.of(plain, grouped, plain + ".0", plain + ".00", dollars, " " + grouped + ". ")) {
            assertEquals(plain, AnswerMatcher.normalize(written), written);
        }
    }

    static Stream<Arguments> seededLetterOutputs() {
        SplittableRandom random = new SplittableRandom(7L);
        String[] decorations = {"%s", "(%s)", "%s)", "%s.", " %s ", "**%s**", "[%s]", "%s:"};
        return Stream.generate(() -> {
            char letter = (char) ('A' + random.nextInt(4));
            String written = String.format(decorations[random.nextInt(decorations.length)],
                    random.nextBoolean() ? letter : Character.toLowerCase(letter));
            return Arguments.of(written, String.valueOf(letter));
        }).limit(100);
    }

    /**
     * Property: a decorated lone letter is read the same by normalize, strict and lenient extraction, and
     * it matches exactly when it is the gold.
     */
    @ParameterizedTest
    @MethodSource("seededLetterOutputs")
    void decoratedLettersAreReadAlikeByEveryPath(String written, String letter) {
        assertEquals(letter, AnswerMatcher.normalize(written));
        assertEquals(letter, AnswerMatcher.extractStrict(written, CAPITALS));
        assertEquals(letter, AnswerMatcher.extractLenient(written, CAPITALS));
        assertEquals(letter.equals(CAPITALS.gold()), AnswerMatcher.matches(written, CAPITALS));
    }

    static Stream<Arguments> seededChainOfThoughtOutputs() {
        SplittableRandom random = new SplittableRandom(11L);
        String[] openers = {"Let's think step by step.", "First, recall the facts.", "Hmm.", ""};
        String[] closers = {"The answer is %s.", "Answer: %s", "So the answer is (%s)", "%s"};
        return Stream.generate(() -> {
            String letter = Item.letter(random.nextInt(4));
            String output = openers[random.nextInt(openers.length)] + " Some reasoning about the question.\n"
                    + String.format(closers[random.nextInt(closers.length)], letter);
            return Arguments.of(output, letter);
        }).limit(100);
    }

    /**
     * Property: whatever reasoning precedes it, lenient extraction reads the closing answer; strict
     * extraction reads it only when it is an answer statement, not a bare letter after reasoning.
     */
    @ParameterizedTest
    @MethodSource("seededChainOfThoughtOutputs")
    void lenientExtractionReadsTheClosingStatement(String output, String letter) {
        assertEquals(letter, AnswerMatcher.extractLenient(output, CAPITALS));
        boolean statement = output.strip().endsWith(")") || output.contains("nswer");
        assertEquals(statement ? letter : null, AnswerMatcher.extractStrict(output, CAPITALS), output);
    }
}
