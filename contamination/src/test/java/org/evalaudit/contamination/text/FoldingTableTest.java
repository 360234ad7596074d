package org.evalaudit.contamination.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The table of chars that are tokens of their own (ideographs, hiragana, katakana). */
class FoldingTableTest {
    @Test
    void ideographsAndKanaAreSoloOtherLettersAreNot() {
        for (char c : "中文日本語あいうアイウｱ\u3400\uf900".toCharArray()) {
            assertTrue(FoldingTable.isSolo(c), Integer.toHexString(c));
        }
        assertTrue(FoldingTable.isSolo(0x20000), "CJK extension B, outside the BMP table");
        for (char c : "aZé9ßΣжא한ก\u3007、。 ".toCharArray()) {
            assertFalse(FoldingTable.isSolo(c), Integer.toHexString(c));
        }
    }

    @Test
    void theBmpTableAgreesWithTheUnicodeProperties() {
        int solo = 0;
        for (int c = 0; c < 0x10000; c++) {
            boolean expected = FoldingTable.soloByProperties(c);
            assertEquals(expected, FoldingTable.isSolo(c), Integer.toHexString(c));
            solo += expected ? 1 : 0;
        }
        assertTrue(solo > 20_000, "the BMP holds over 20,000 ideographs: " + solo);
    }

    /** The shortcut for ideographs and kana is exactly "solo, and its expansion is the char itself". */
    @Test
    void soloCharsThatFoldToThemselvesAreTabledAsSuch() {
        int asIs = 0;
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            char[] expansion = FoldingTable.FAST[c] == FoldingTable.SLOW ? FoldingTable.expansion(ch) : null;
            boolean expected = expansion != null && expansion.length == 1 && expansion[0] == ch && FoldingTable.isSolo(ch);
            assertEquals(expected, FoldingTable.isSoloAsIs(ch), Integer.toHexString(c));
            asIs += expected ? 1 : 0;
        }
        assertTrue(asIs > 20_000, "most ideographs fold to themselves: " + asIs);
        assertFalse(FoldingTable.isSoloAsIs('\uff71'), "half-width katakana folds to full width");
        assertFalse(FoldingTable.isSoloAsIs('\uf900'), "a compatibility ideograph folds to a unified one");
    }
}
