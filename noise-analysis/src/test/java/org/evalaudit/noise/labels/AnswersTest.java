package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "b|B", "(b)|B", "B.|B", " C ) |C", "1,000|1000", "1000.0|1000", "-0.50|-0.5", ".5|0.5", "$12|12",
        "New   York|new york", "Paris.|paris", "\u00e9t\u00e9|\u00e9t\u00e9", "**D**|D"})
    void normalisesToOneForm(String input, String expected) {
        assertEquals(expected, Answers.normalize(input));
    }

    @Test
    void blankAndPunctuationAreAbstentions() {
        assertNull(Answers.normalize(null));
        assertNull(Answers.normalize("   "));
        assertNull(Answers.normalize("..."));
    }
}
