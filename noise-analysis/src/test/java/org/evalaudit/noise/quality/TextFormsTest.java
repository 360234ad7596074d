package org.evalaudit.noise.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFormsTest {

    @Test
    void exactFormFoldsCaseSpacingAndCompatibilityCharacters() {
        assertEquals("what is the answer?", TextForms.exact("  What  IS\tthe answer?\n"));
        assertEquals("caf\u00e9 cr\u00e8me", TextForms.exact("Caf\u00e9  Cr\u00c8me"));
        assertEquals("abc ligature fi", TextForms.exact("\uff21\uff22\uff23 ligature \ufb01"));
        assertEquals("x = 2", TextForms.exact("x\u00a0=\u20032"));
        assertEquals("2.5", TextForms.exact("2.5"));
        assertEquals("", TextForms.exact(null));
    }

    @Test
    void looseFormKeepsOnlyLettersAndDigits() {
        assertEquals("thecellwall", TextForms.loose("The cell wall."));
        assertEquals("cellwall", TextForms.loose("  cell-wall "));
        assertEquals("25", TextForms.loose("2.5"));
    }
}
