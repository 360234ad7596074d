package org.evalaudit.contamination.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --on-error skip} on corpus records: exactly the bad lines of a JSON Lines file are lost, each
 * counted and listed with the message that {@code fail} would have stopped on, and the good records keep
 * their offsets and line numbers, whether the file is read whole (index) or in chunks (scan).
 */
class SkipBadRecordsTest {
    /** Bad lines of every kind a reader meets; each is one record lost, and nothing else. */
    private static final String[] BAD = {
        "{\"text\": broken}", "not json at all", "{\"id\": 7}", "[1, 2]", "{\"text\": \"cut short\"",
        "{\"meta\": [1,], \"text\": \"a\"}", "{\"text\": \"bad utf-8 \u00ed\u00a0\u0080\"}",
        "{\"text\": \"raw\u0001control\"}", "{\"text\": 12}", "]"
    };
    private static final CorpusFormat SKIP = CorpusFormat.DEFAULT.withOnError(ErrorPolicy.SKIP);

    @TempDir
    Path dir;

    /** A seeded file: good records (some pretty-printed, some with CRLF) with bad lines among them. */
    private record Planted(byte[] bytes, List<String> good, List<Long> badLines) {
    }

    private static Planted plant(SplittableRandom random, int records) {
        StringBuilder s = new StringBuilder();
        List<String> good = new ArrayList<>();
        List<Long> badLines = new ArrayList<>();
        long line = 1;
        for (int r = 0; r < records; r++) {
            if (random.nextInt(6) == 0) {
                s.append(BAD[random.nextInt(BAD.length)]).append('\n');
                badLines.add(line++);
                continue;
            }
            String text = "record " + r + " line " + line;
            good.add(text + "@" + line);
            if (random.nextInt(10) == 0) {
                s.append("{\n  \"id\": \"d").append(r).append("\",\n  \"text\": \"").append(text).append("\"\n}\n");
                line += 4;
            } else {
                s.append("{\"text\": \"").append(text).append("\"}").append(random.nextInt(5) == 0 ? "\r\n" : "\n");
                line++;
            }
        }
        return new Planted(s.toString().getBytes(StandardCharsets.ISO_8859_1), good, badLines);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = name.endsWith(".zst") ? new ZstdOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void exactlyTheBadLinesAreLostAndCounted(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Planted planted = plant(random, 400);
        Path file = write("c" + seed + (seed % 2 == 0 ? ".jsonl.zst" : ".jsonl"), planted.bytes());
        long[] lineStarts = lineStarts(planted.bytes());

        BadRecords whole = new BadRecords(ErrorPolicy.SKIP);
        List<String> read = new ArrayList<>();
        new CorpusReader(SKIP, whole).read(file, (ref, text, from, length) ->
                read.add(new String(text, from, length) + "@" + line(lineStarts, ref.offset())), n -> { });
        assertEquals(planted.good(), read);
        assertEquals(planted.badLines().size(), whole.count());
        assertEquals(planted.badLines().subList(0, Math.min(BadRecords.MAX_LISTED, planted.badLines().size())),
                whole.listed().stream().map(m -> listedLine(file, m)).toList());

        BadRecords chunked = new BadRecords(ErrorPolicy.SKIP);
        JsonlRecords records = new JsonlRecords(SKIP, chunked);
        List<String> scanned = new ArrayList<>();
        List<JsonlChunk> chunks = new ArrayList<>();
        JsonlChunker.cut(file, 64 + random.nextInt(2000), chunks::add, n -> { });
        for (JsonlChunk chunk : chunks) {
            records.parse(chunk, record -> record.decode((ref, text, from, length) ->
                    scanned.add(new String(text, from, length) + "@" + line(lineStarts, ref.offset()))));
        }
        assertEquals(planted.good(), scanned);
        assertEquals(whole.listed(), chunked.listed());
        assertEquals(whole.count(), chunked.count());
    }

    /** Under fail, the first bad record stops the read with the message skip lists first. */
    @Test
    void failStopsAtTheRecordThatSkipListsFirst() throws IOException {
        Planted planted = plant(new SplittableRandom(9), 300);
        Path file = write("f.jsonl", planted.bytes());
        BadRecords skipped = new BadRecords(ErrorPolicy.SKIP);
        new CorpusReader(SKIP, skipped).read(file, (ref, text, from, length) -> { }, n -> { });
        InputError failed = assertThrows(InputError.class,
                () -> new CorpusReader(CorpusFormat.DEFAULT).read(file, (ref, text, from, length) -> { }, n -> { }));
        assertEquals(skipped.listed().get(0), failed.getMessage());
    }

    /** A record cut short is seen on the next line; only its own line is lost and the next record is kept. */
    @Test
    void aRecordCutShortLosesOnlyItsOwnLine() throws IOException {
        Path file = write("cut.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"\n{\"text\": \"c\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        BadRecords bad = new BadRecords(ErrorPolicy.SKIP);
        List<String> texts = new ArrayList<>();
        new CorpusReader(SKIP, bad).read(file, (ref, text, from, length) -> texts.add(ref.id() + "=" + new String(text,
                from, length)), n -> { });
        assertEquals(List.of("cut.jsonl:1=a", "cut.jsonl:3=c"), texts);
        assertEquals(List.of(file + ":3: invalid JSON: Unexpected character ('{' (code 123)): was expecting comma to "
                + "separate Object entries (in the record that starts on line 2)"), bad.listed());
    }

    @Test
    void aRecordInsideAJsonArrayCannotBeSkipped() throws IOException {
        Path file = write("a.json", "[{\"text\": \"a\"}, {\"id\": 2}]".getBytes(StandardCharsets.UTF_8));
        InputError e = assertThrows(InputError.class, () -> new CorpusReader(SKIP, new BadRecords(ErrorPolicy.SKIP))
                .read(file, (ref, text, from, length) -> { }, n -> { }));
        assertTrue(e.getMessage().contains("cannot be skipped"), e.getMessage());
    }

    /** A reader without a log refuses a format that asks to skip: the skipped records would go uncounted. */
    @Test
    void skippingNeedsALogThatCountsThem() {
        assertThrows(IllegalArgumentException.class, () -> new CorpusReader(SKIP));
        assertThrows(IllegalArgumentException.class, () -> new JsonlRecords(SKIP));
    }

    /** Threads meeting bad records in any order list the same ones: the earliest by file, then line. */
    @Test
    void theListDoesNotDependOnThreadOrder() throws Exception {
        List<List<String>> lists = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            BadRecords bad = new BadRecords(ErrorPolicy.SKIP);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int line = 100 - thread; line > 0; line -= 4) {
                        bad.skip(new InputError(Path.of(line % 2 == 0 ? "b.jsonl" : "a.jsonl"), line, "text", "bad"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertEquals(100, bad.count());
            lists.add(bad.listed());
        }
        assertEquals(lists.get(0), lists.get(1));
        assertEquals(lists.get(0), lists.get(2));
        assertEquals("a.jsonl:1: field \"text\": bad", lists.get(0).get(0));
        assertEquals(BadRecords.MAX_LISTED, lists.get(0).size());
    }

    /** Byte offsets at which lines start, by Jackson's count (CR LF is one line end). */
    private static long[] lineStarts(byte[] bytes) {
        List<Long> starts = new ArrayList<>(List.of(0L));
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                starts.add(i + 1L);
            }
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The 1-based line holding byte {@code offset}. */
    private static long line(long[] starts, long offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * The line a listed message ("file:line: problem") says the bad record starts on: the line named, or
     * for a record cut short (seen on the next line) the line it names as the record's start.
     */
    private static long listedLine(Path file, String message) {
        String starts = "(in the record that starts on line ";
        if (message.endsWith(")") && message.contains(starts)) {
            return Long.parseLong(message.substring(message.indexOf(starts) + starts.length(), message.length() - 1));
        }
        String rest = message.substring(file.toString().length() + 1);
        return Long.parseLong(rest.substring(0, rest.indexOf(':')));
    }
}
