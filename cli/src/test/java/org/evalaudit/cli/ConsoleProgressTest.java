package org.evalaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Without a terminal (CI logs), progress is a few plain lines: start, every 30 s, end with the rate. */
class ConsoleProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLogGetsALineEveryThirtySecondsWithRateAndTimeLeftAndTheRateAtTheEnd() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong(1000 * SECOND);
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(out), false, now::get);
        progress.start("scan", 400L << 20, "bytes");
        now.addAndGet(10 * SECOND);
        progress.advance(50L << 20);
        now.addAndGet(20 * SECOND);
        progress.advance(50L << 20);
        now.addAndGet(10 * SECOND);
        progress.advance(100L << 20);
        now.addAndGet(20 * SECOND);
        progress.done();
        assertEquals(String.join(System.lineSeparator(), "scan ...",
                "scan: 100.0 MB of 400.0 MB read (25%), 3.3 MB/s, about 90 s left",
                "scan done in 60.0 s (200.0 MB read, 3.3 MB/s)", ""), out.toString());
    }

    @Test
    void otherUnitsAreNamed() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(out), false, now::get);
        progress.start("query", 2000, "items");
        now.addAndGet(31 * SECOND);
        progress.advance(1000);
        now.addAndGet(31 * SECOND);
        progress.done();
        assertEquals(String.join(System.lineSeparator(), "query ...",
                "query: 1000 of 2000 (50%), 32 items/s, about 31 s left",
                "query done in 62.0 s (1000 items, 16 items/s)", ""), out.toString());
    }
}
