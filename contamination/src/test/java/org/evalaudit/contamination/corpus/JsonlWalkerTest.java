package org.evalaudit.contamination.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.evalaudit.contamination.text.HashTokenizer;
import org.evalaudit.core.io.InputError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written record walk against Jackson's record reader, on seeded generated JSON Lines: escapes,
 * raw and escaped non-ASCII, nested values, duplicate keys, every scalar as id or url, and malformed
 * records (truncated, bad escapes, control chars, malformed UTF-8, bad numbers and literals, not an
 * object, no text field).
 */
class JsonlWalkerTest {
    private static final Path FILE = Path.of("gen.jsonl");
    private static final String[] NAMES = {"text", "content", "id", "url", "meta", "body", "doc", "link", "x"};
    private static final String[] WORDS = {"the", "Which", "OF", "42", " ", "  ", ".", ",", "caf\u00e9", "\u20ac5",
        "\ud83d\ude00", "\u03a3", "e\u0301", "\ufb01", "\u4e2d\u6587", "\u0130", "\u00df", "\u007f"};
    private static final String[] ESCAPES = {"\\n", "\\t", "\\r", "\\b", "\\f", "\\\"", "\\\\", "\\/", "\\u00e9",
        "\\u00C9", "\\ud83d\\ude00", "\\ud800", "\\u0041", "\\u2028"};
    private static final String[] NUMBERS = {"0", "-0", "12", "-7", "3.25", "1e5", "-2.5E-3", "1E+2", "0.0",
        "123456789012345678901234567890"};
    /** Malformed or unusual pieces, each put somewhere a value or a string's content goes. */
    private static final byte[][] BAD_IN_STRING = {
        {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf8}, {(byte) 0x80},
        {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {1}, {0x1f}, {'\\', 'x'},
        {'\\', 'u', '1', '2', 'G', '4'}, {'\\'}, {(byte) 0xe0, (byte) 0x80, (byte) 0x80}
    };
    private static final String[] BAD_VALUES = {"01", "1.", "-", ".5", "+1", "tru", "nul", "truex", "1x", "[1,]",
        "{\"a\" 1}", "{a: 1}", "'s'", "[1 2]", "{\"a\":1,}", "NaN", "--1", "1e", "[", "}"};
    private static final String[] SEPARATORS = {"\n", "\r\n", "\r", " \n\t", "", "\n\n", " "};

    /** Seeded JSON Lines chunks, written byte by byte so that malformed UTF-8 can be among them. */
    private static final class Generator {
        private final SplittableRandom random;
        /**
         * Whether to write forms the walk leaves to Jackson although valid: escaped or non-ASCII names, a
         * byte order mark, a text field that is not a string, a record without text.
         */
        private final boolean odd;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private Generator(long seed, boolean odd) {
            this.random = new SplittableRandom(seed);
            this.odd = odd;
        }

        private void w(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        private void string(boolean bad) {
            w("\"");
            for (int n = random.nextInt(random.nextInt(12) == 0 ? 400 : 30); n > 0; n--) {
                w(random.nextInt(5) == 0 ? ESCAPES[random.nextInt(ESCAPES.length)] : WORDS[random.nextInt(WORDS.length)]);
            }
            if (bad) {
                out.writeBytes(BAD_IN_STRING[random.nextInt(BAD_IN_STRING.length)]);
                w("z");
            }
            w("\"");
        }

        private void value(int depth, boolean bad) {
            int kind = random.nextInt(depth > 3 ? 4 : 6);
            if (bad && random.nextBoolean()) {
                w(BAD_VALUES[random.nextInt(BAD_VALUES.length)]);
                return;
            }
            switch (kind) {
                case 0 -> string(bad);
                case 1 -> w(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 2 -> w(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
                case 3 -> string(false);
                case 4 -> object(depth + 1, bad, false);
                default -> {
                    w("[" + space());
                    for (int n = random.nextInt(4); n > 0; n--) {
                        value(depth + 1, false);
                        w(n > 1 ? space() + "," + space() : space());
                    }
                    w("]");
                }
            }
        }

        private String space() {
            return switch (random.nextInt(10)) {
                case 0 -> " ";
                case 1 -> "\n  ";
                case 2 -> "\t";
                case 3 -> "\r\n";
                default -> "";
            };
        }

        private String name() {
            String name = NAMES[random.nextInt(NAMES.length)];
            return switch (odd ? random.nextInt(30) : 2) {
                case 0 -> "\\u00" + Integer.toHexString(name.charAt(0)) + name.substring(1); // escaped
                case 1 -> name + "\u00eb";
                default -> name;
            };
        }

        /** An object; a record ({@code record}) has a text or content string field in most cases. */
        private void object(int depth, boolean bad, boolean record) {
            w("{" + space());
            int fields = random.nextInt(record ? 6 : 3);
            int badField = bad ? random.nextInt(fields + 1) : -1;
            boolean text = !record || odd && random.nextInt(40) == 0;
            for (int f = 0; f <= fields; f++) {
                String name = f == fields && !text ? (random.nextInt(4) == 0 ? "content" : "text") : name();
                w("\"" + name + "\"" + space() + ":" + space());
                if (name.equals("text") || name.equals("content")) {
                    text = true;
                    if (odd && random.nextInt(20) == 0) {
                        value(depth, f == badField);
                    } else {
                        string(f == badField);
                    }
                } else {
                    value(depth, f == badField);
                }
                if (f < fields) {
                    w(space() + "," + space());
                }
            }
            w(space() + "}");
        }

        /** One chunk of records, some of them malformed, the first sometimes after a byte order mark. */
        private JsonlChunk chunk(int records, double badShare) {
            out.reset();
            if (odd && random.nextInt(20) == 0) {
                w("\ufeff");
            }
            for (int r = 0; r < records; r++) {
                boolean bad = random.nextDouble() < badShare;
                int shape = random.nextInt(60);
                if (bad && shape == 0) {
                    w(random.nextBoolean() ? "[1]" : "\"s\"");
                } else if (bad && shape == 1) {
                    w("{\"id\": 1}");
                } else {
                    int start = out.size();
                    object(0, bad, true);
                    if (bad && shape == 2) {
                        byte[] all = out.toByteArray();
                        out.reset();
                        out.writeBytes(Arrays.copyOf(all, start + random.nextInt(all.length - start)));
                    }
                }
                w(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            byte[] bytes = out.toByteArray();
            int offset = random.nextInt(1000);
            return new JsonlChunk(FILE, bytes, bytes.length, offset, 1 + random.nextInt(50));
        }
    }

    /** What a consumer sees of the records of {@code chunk}: refs, texts, term hashes, or the error. */
    private static List<String> seen(JsonlChunk chunk, CorpusFormat format, boolean jackson) throws IOException {
        List<String> seen = new ArrayList<>();
        JsonlRecords records = new JsonlRecords(format);
        JsonlRecords.Visitor visitor = record -> {
            List<String> windows = new ArrayList<>();
            record.decode((ref, text, from, length) -> windows.add(ref + "|" + new String(text, from, length)));
            HashTokenizer terms = record.termHashes();
            String hashes = terms == null ? "decode" : record.hashedChars() + ":"
                    + Arrays.toString(Arrays.copyOf(terms.hashes(), terms.size()));
            seen.add(windows + "|" + hashes);
            if (terms != null) {
                assertEquals(1, windows.size());
                String text = windows.get(0).substring(windows.get(0).indexOf('|') + 1);
                assertEquals(text.length(), record.hashedChars());
                assertEquals(JsonlChunksTest.hashes(text), Arrays.toString(Arrays.copyOf(terms.hashes(), terms.size())));
            }
        };
        try {
            if (jackson) {
                records.parseWithJackson(chunk, 0, visitor);
            } else {
                records.parse(chunk, visitor);
            }
        } catch (InputError e) {
            seen.add("error " + e.file() + ":" + e.line() + " " + e.field() + " " + e.getMessage());
        }
        return seen;
    }

    private static CorpusFormat format(long seed) {
        CorpusFormat small = new CorpusFormat(null, null, null, 300, 100);
        return switch ((int) (seed % 3)) {
            case 0 -> small;
            case 1 -> small.withFields("body", "doc", "link");
            default -> CorpusFormat.DEFAULT.withFields(null, "x", "id");
        };
    }

    /**
     * Valid and malformed records alike give what Jackson's record reader gives: the same records (refs
     * with offsets, lines, ids and urls; texts and windows), term hashes equal to the canonical tokenizer's
     * of the decoded text, and the same error, naming file, line and field, at the same record.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void walkingGivesWhatJacksonGives(long seed) throws IOException {
        Generator gen = new Generator(seed, true);
        CorpusFormat format = format(seed);
        int errors = 0;
        for (int c = 0; c < 150; c++) {
            JsonlChunk chunk = gen.chunk(1 + gen.random.nextInt(12), c % 3 == 0 ? 0.0 : 0.08);
            List<String> jackson = seen(chunk, format, true);
            assertEquals(jackson, seen(chunk, format, false),
                    () -> new String(chunk.bytes(), StandardCharsets.ISO_8859_1));
            errors += jackson.get(jackson.size() - 1).startsWith("error ") ? 1 : 0;
        }
        assertTrue(errors > 10, "too few malformed chunks: " + errors);
    }

    /**
     * The walk itself, not the fall-back to Jackson, reads the well-formed records it is meant for (names
     * plain, text a string), nested values, escapes, non-ASCII text and duplicate keys included.
     */
    @ParameterizedTest
    @ValueSource(longs = {12, 14, 15})
    void wellFormedRecordsAreWalkedWithoutJackson(long seed) throws IOException {
        Generator gen = new Generator(seed, false);
        CorpusFormat format = format(seed);
        for (int c = 0; c < 100; c++) {
            JsonlChunk chunk = gen.chunk(1 + gen.random.nextInt(12), 0.0);
            List<String> walked = new ArrayList<>();
            HashTokenizer hasher = new HashTokenizer();
            JsonlRecord record = new JsonlRecord(new JsonlReader(format), FILE, hasher);
            record.chunk(chunk);
            int stopped = new JsonlWalker(format, hasher).walk(chunk, record, r -> walked.add(r.ref().toString()));
            assertEquals(-1, stopped, () -> new String(chunk.bytes(), StandardCharsets.UTF_8));
            assertEquals(seen(chunk, format, true).stream().map(s -> s.substring(1, s.indexOf('|'))).toList(), walked);
        }
    }
}
