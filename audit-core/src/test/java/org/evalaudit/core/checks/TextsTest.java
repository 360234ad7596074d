package org.evalaudit.core.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void numbersInSummariesIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,234,567", Texts.count(1_234_567));
            assertEquals("12.5%", Texts.percent(0.125));
            assertEquals("0.00738", Texts.pValue(0.007383160505359769));
            assertEquals("7.49e-05", Texts.pValue(7.49e-5));
            assertEquals("3.5", Texts.decimal(3.5));
            assertEquals("4", Texts.decimal(4.0));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void excerptsAreOneLineAndAtMostEightyCharacters() {
        assertEquals("a b c", Texts.excerpt("  a\n b\t\tc "));
        String longText = "😀".repeat(100);
        String excerpt = Texts.excerpt(longText);
        assertEquals(80, excerpt.codePointCount(0, excerpt.length()));
        assertEquals("…", excerpt.substring(excerpt.length() - 1));
        assertEquals("", Texts.excerpt(null));
    }

    @Test
    void pluralAndFirstFew() {
        assertEquals("1 item", Texts.plural(1, "item", "items"));
        assertEquals("2,000 items", Texts.plural(2000, "item", "items"));
        assertEquals(List.of(1, 2, 3, 4, 5), Texts.firstFew(List.of(1, 2, 3, 4, 5, 6, 7)));
    }
}
