package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static List<String> lines(byte[] bytes) throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream(bytes));
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            assertEquals(out.size() + 1, lines.lineNumber());
            out.add(new String(lines.buffer(), lines.start(), lines.length(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> lines(String text) throws IOException {
        return lines(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsOnLineFeedOnlyNotOnUnicodeLineSeparators() throws IOException {
        assertEquals(List.of("a\u2028b", "c\u0085d", "e\u2029f"), lines("a\u2028b\nc\u0085d\ne\u2029f\n"));
    }

    @Test
    void dropsCarriageReturnBeforeLineFeedAndKeepsALastLineWithoutNewline() throws IOException {
        assertEquals(List.of("one", "two", "three"), lines("one\r\ntwo\nthree"));
    }

    @Test
    void skipsAByteOrderMarkOnTheFirstLineOnly() throws IOException {
        assertEquals(List.of("{}", "\uFEFF{}"), lines("\uFEFF{}\n\uFEFF{}\n"));
    }

    @Test
    void keepsEmptyLinesNumbered() throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream("a\n\n  \nb\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(lines.next());
        assertFalse(lines.isBlank());
        assertTrue(lines.next());
        assertTrue(lines.isBlank());
        assertTrue(lines.next());
        assertTrue(lines.isBlank());
        assertTrue(lines.next());
        assertEquals(4, lines.lineNumber());
        assertFalse(lines.next());
    }

    @Test
    void linesLongerThanTheBufferArriveWhole() throws IOException {
        String longLine = "x".repeat(300_000);
        assertEquals(List.of("short", longLine, "tail"), lines("short\n" + longLine + "\ntail\n"));
    }
}
