package org.evalaudit.contamination.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.HashTokenizer;
import org.evalaudit.contamination.text.TokenSink;
import org.evalaudit.core.io.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner's JSON Lines path (chunks, records, hashing terms from bytes) against the streaming reader. */
class JsonlChunksTest {
    /** Text pieces: ASCII words and separators, JSON's escaped chars, non-ASCII letters, marks, surrogates. */
    private static final String[] PIECES = {
        "the", "Which", "OF", "42", " ", " ", " ", "\n", "\r\n", "\t", ".", "\"", "\\", "/", "\u0001", "\u001f",
        "caf\u00e9", "e\u0301", "\u03a3", "\u00df", "\u4e2d\u6587", "\ufb01", "\uff37", "\u0130", "\u2014",
        "\ud83d\ude00", "\ud835\udc00", "x\u00b2", "\u00a0", "\u2028", "\u212a"
    };

    @TempDir
    Path dir;

    /** Seeded records in every legal shape, written by hand so that escapes and line ends vary. */
    private static byte[] corpus(SplittableRandom random, int records) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < records; r++) {
            String pad = random.nextInt(8) == 0 ? " " : "";
            boolean pretty = random.nextInt(15) == 0;
            String sep = pretty ? "\n  " : "";
            s.append(pad).append('{').append(sep);
            if (random.nextBoolean()) {
                s.append("\"id\": ").append(random.nextBoolean() ? "\"doc-" + r + "\"" : String.valueOf(r)).append(',').append(sep);
            }
            if (random.nextInt(3) == 0) {
                s.append("\"url\":\"https://example.org/").append(r).append("\",").append(sep);
            }
            if (random.nextInt(4) == 0) {
                s.append("\"meta\": {\"text\": 1, \"list\": [1, {\"x\": \"}\\n{\"}]},").append(sep);
            }
            String field = random.nextInt(5) == 0 ? "content" : "text";
            s.append('"').append(field).append("\": ");
            appendString(s, random, text(random), random.nextInt(4) == 0);
            if (field.equals("content") && random.nextBoolean()) {
                s.append(", \"text\": ");
                appendString(s, random, text(random), false);
            }
            s.append(pretty ? "\n" : "").append('}').append(pad);
            int end = random.nextInt(12);
            s.append(end == 0 ? "\r\n" : end == 1 ? "\n\n" : end == 2 ? "\r\n\r\n  \n" : end == 3 ? " " : end == 4 ? "\r" : "\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(SplittableRandom random) {
        StringBuilder t = new StringBuilder();
        int n = random.nextInt(10) == 0 ? 400 : random.nextInt(60);
        for (int i = 0; i < n; i++) {
            t.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(4)]);
        }
        return t.toString();
    }

    /** A JSON string: quotes, backslashes and control chars escaped, other chars raw or (sometimes) as \\uXXXX. */
    private static void appendString(StringBuilder s, SplittableRandom random, String text, boolean escapeMore) {
        s.append('"');
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                s.append('\\').appendCodePoint(c);
            } else if (c == '\n' && random.nextBoolean()) {
                s.append("\\n");
            } else if (c == '/' && random.nextBoolean()) {
                s.append("\\/");
            } else if (c < 0x20 || escapeMore && random.nextInt(3) == 0) {
                for (char unit : Character.toChars(c)) { // a surrogate pair as two escapes
                    s.append(String.format("\\u%04x", (int) unit));
                }
            } else {
                s.appendCodePoint(c);
            }
        });
        s.append('"');
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
                : name.endsWith(".zst") ? new ZstdOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    private static List<String> streamed(Path file, CorpusFormat format) throws IOException {
        List<String> out = new ArrayList<>();
        new CorpusReader(format).read(file, (ref, text, from, length) -> out.add(ref + "|" + new String(text, from, length)),
                n -> { });
        return out;
    }

    private static List<JsonlChunk> chunks(Path file, int chunkBytes) throws IOException {
        List<JsonlChunk> chunks = new ArrayList<>();
        JsonlChunker.cut(file, chunkBytes, chunks::add, n -> { });
        return chunks;
    }

    /** The term hashes of {@code text} by the canonical tokenizer. */
    static String hashes(String text) {
        List<Long> out = new ArrayList<>();
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        TokenSink sink = (term, length, hash, start, end) -> out.add(hash);
        char[] chars = text.toCharArray();
        tokenizer.push(chars, 0, chars.length, sink);
        tokenizer.end(sink);
        return out.toString();
    }

    /** Whether {@code text} has a char the hash tokenizer may leave to the canonical one (see HashTokenizerTest). */
    private static boolean needsLetters(String text) {
        return text.codePoints().anyMatch(c -> c == '\u03a3' || c == '\u0301' || c == '\u0130' || c == 0x1d400);
    }

    /**
     * Whatever the chunk size (smaller than a record, too), the chunks' records are those of the streaming
     * reader: same refs (offsets, line-based ids), same decoded text and windows; and hashing the terms of
     * a record from its bytes gives the term hashes of its decoded text, or -1 when it is longer than a
     * window or has a char that needs the canonical tokenizer (a mark, capital sigma, a folding to a mark,
     * a supplementary letter that folds, a surrogate pair written as two escapes).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void chunkRecordsAreThoseOfTheStreamingReader(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String name = "c" + seed + (seed % 3 == 0 ? ".jsonl" : seed % 3 == 1 ? ".jsonl.gz" : ".ndjson.zst");
        Path file = write(name, corpus(random, 300));
        CorpusFormat format = new CorpusFormat(null, null, null, 300, 100);
        assertTrue(JsonlChunker.applies(file));
        List<JsonlChunk> chunks = chunks(file, 16 + random.nextInt(4000));
        assertTrue(chunks.size() > 1);
        List<String> fromChunks = new ArrayList<>();
        JsonlRecords records = new JsonlRecords(format);
        int[] windowed = {0};
        int[] hashed = {0};
        for (JsonlChunk chunk : chunks) {
            records.parse(chunk, record -> {
                HashTokenizer tokenizer = record.termHashes();
                int length = tokenizer == null ? -1 : record.hashedChars();
                List<String> texts = new ArrayList<>();
                record.decode((ref, text, from, n) -> {
                    fromChunks.add(ref + "|" + new String(text, from, n));
                    texts.add(new String(text, from, n));
                });
                if (texts.size() > 1) {
                    assertEquals(-1, length);
                    windowed[0]++;
                } else if (length == -1) {
                    assertTrue(needsLetters(texts.get(0)) || texts.get(0).contains("\ud83d\ude00")
                            || texts.get(0).contains("\ud835\udc00"), texts.get(0));
                } else {
                    assertEquals(texts.get(0).length(), length);
                    String fromBytes = Arrays.toString(Arrays.copyOf(tokenizer.hashes(), tokenizer.size()));
                    assertEquals(hashes(texts.get(0)), fromBytes, texts.get(0));
                    hashed[0]++;
                }
            });
        }
        assertEquals(streamed(file, format), fromChunks);
        assertTrue(windowed[0] > 0, "no record long enough for windows");
        assertTrue(hashed[0] > 50, "too few records hashed from their bytes: " + hashed[0]);
    }

    @Test
    void chunksEndBetweenRecordsAndCountLinesAsJacksonDoes() throws IOException {
        byte[] bytes = "{\"text\": \"a\"}\r\n{\"text\": \"b\"}\r{\"text\": \"c\"}\n\n{\"text\": \"d\"}\n{\n \"text\": \"e\"\n}\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = write("lines.jsonl", bytes);
        List<JsonlChunk> chunks = chunks(file, 8);
        List<String> cuts = chunks.stream().map(c -> c.offset() + ":" + c.firstLine() + ":"
                + new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8).strip()).toList();
        assertEquals(List.of("0:1:{\"text\": \"a\"}", "15:2:{\"text\": \"b\"}\r{\"text\": \"c\"}", "44:5:{\"text\": \"d\"}",
                "58:6:{\n \"text\": \"e\"\n}"), cuts);
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), streamed(file, CorpusFormat.DEFAULT).stream()
                .map(s -> Long.parseLong(s.substring(s.indexOf(".jsonl:") + 7, s.indexOf(',', s.indexOf(".jsonl:"))))).toList());
    }

    @Test
    void aJsonArrayIsLeftToTheStreamingReader() throws IOException {
        assertFalse(JsonlChunker.applies(write("a.json", "\uFEFF \n [{\"text\": \"x\"}]".getBytes(StandardCharsets.UTF_8))));
        assertTrue(JsonlChunker.applies(write("o.json", "{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(JsonlChunker.applies(write("e.jsonl", new byte[0])));
        assertFalse(JsonlChunker.applies(write("t.txt", "{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * A bad record in a late chunk is reported at its file line, with the streaming reader's words, as an
     * {@link InputError} also when the malformed JSON is inside a value that is skipped or is the id.
     */
    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": broken}", "{\"text\": \"\u00ed\u00a0\u0080\"}", "{\"id\": 1}", "[1]", "{\"text\": \"a\"",
        "{\"meta\": [1,], \"text\": \"a\"}", "{\"id\": \"\u00ff\", \"text\": \"a\"}"})
    void aBadRecordIsReportedAtItsLine(String bad) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int line = 1; line < 500; line++) {
            out.writeBytes(("{\"id\": " + line + ", \"text\": \"fine\\nline\"}" + (line % 7 == 0 ? "\r\n" : "\n"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(bad.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("\n{\"text\": \"after\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("bad.jsonl.gz", out.toByteArray());
        InputError streaming = assertThrows(InputError.class, () -> streamed(file, CorpusFormat.DEFAULT));
        JsonlRecords records = new JsonlRecords(CorpusFormat.DEFAULT);
        InputError chunked = assertThrows(InputError.class, () -> {
            for (JsonlChunk chunk : chunks(file, 1000)) {
                records.parse(chunk, record -> { });
            }
        });
        assertTrue(streaming.line() >= 500, "line " + streaming.line());
        assertEquals(streaming.getMessage(), chunked.getMessage());
        assertEquals(streaming.line(), chunked.line());
    }

    /** Jackson sees a record cut short only at the next record's line; the message names both lines. */
    @Test
    void aRecordCutShortIsReportedWithTheLineItStartsOn() throws IOException {
        Path file = write("cut.jsonl", "{\"text\": \"a\"}\n{\"id\": \"b\", \"text\": \"b\"\n{\"text\": \"c\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        InputError streaming = assertThrows(InputError.class, () -> streamed(file, CorpusFormat.DEFAULT));
        assertEquals(3, streaming.line());
        assertTrue(streaming.getMessage().endsWith("(in the record that starts on line 2)"), streaming.getMessage());
        InputError chunked = assertThrows(InputError.class,
                () -> new JsonlRecords(CorpusFormat.DEFAULT).parse(chunks(file, 1000).get(0), record -> { }));
        assertEquals(streaming.getMessage(), chunked.getMessage());
    }
}
