package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

    @ParameterizedTest
    @CsvSource({
        "0.81234, 0.8123",
        "0.81235, 0.8124",
        "12.5, 12.5",
        "3.0, 3",
        "-2.25, -2.25",
        "0.001, 0.001",
        "0.000012345, 1.23e-5",
        "-0.00004, -4e-5",
        "1e15, 1e15",
        "123456789.123456, 123456789.1235",
        "0.0, 0",
        "NaN, ''",
        "-Infinity, ''",
    })
    void displayRoundsToFourDecimalsOrThreeSignificantDigitsAndHidesNonFinite(double value, String expected) {
        assertEquals(expected, Cells.display(value));
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.1", "1.0, 1.0", "1e-9, 1.0E-9", "0.30000000000000004, 0.30000000000000004", "NaN, ''"})
    void textIsExactAndEmptyForNaN(double value, String expected) {
        assertEquals(expected, Cells.text(value));
    }

    @org.junit.jupiter.api.Test
    void listsNullsAndOtherTypes() {
        assertEquals("a;1;0.5", Cells.text(List.of("a", 1L, 0.5)));
        assertEquals("a, 1, 0.5", Cells.display(List.of("a", 1L, 0.5)));
        assertEquals("", Cells.text(null));
        assertEquals("a;", Cells.text(Arrays.asList("a", null)));
        assertEquals("1.5", Cells.display(new BigDecimal("1.5")));
        assertEquals("true", Cells.display(true));
    }
}
