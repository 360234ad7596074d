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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    private static final String JSONL = """
            {"id": "d1", "url": "https://a.example/1", "text": "Which of the following\\nis true?", "n": [1, {"x": 2}]}
            {"content": "no id here \\u00e9t\\u00e9", "url": null}
            {"meta": {"id": "nested"}, "text": "third", "id": 7}
            """;

    @TempDir
    Path dir;

    private static List<String> read(Path file, CorpusFormat format) throws IOException {
        List<String> out = new ArrayList<>();
        new CorpusReader(format).read(file, (ref, text, from, length) ->
                out.add(ref.id() + "|" + ref.url() + "|" + ref.offset() + "|" + ref.windowStart() + "|"
                        + new String(text, from, length)), n -> { });
        return out;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
                : name.endsWith(".zst") ? new ZstdOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    @Test
    void jsonlPlainGzipAndZstdGiveTheSameDocuments() throws IOException {
        byte[] bytes = JSONL.getBytes(StandardCharsets.UTF_8);
        List<String> plain = read(write("c.jsonl", bytes), CorpusFormat.DEFAULT);
        assertEquals(List.of(
                "d1|https://a.example/1|0|0|Which of the following\nis true?",
                "c.jsonl:2|null|107|0|no id here été",
                "7|null|160|0|third"), plain);
        assertEquals(plain.stream().map(s -> s.replace("c.jsonl:", "c.jsonl.gz:")).toList(),
                read(write("c.jsonl.gz", bytes), CorpusFormat.DEFAULT));
        assertEquals(plain.stream().map(s -> s.replace("c.jsonl:", "c.jsonl.zst:")).toList(),
                read(write("c.jsonl.zst", bytes), CorpusFormat.DEFAULT));
    }

    @Test
    void documentsComeAsValuesToo() throws IOException {
        List<Document> docs = new ArrayList<>();
        new CorpusReader(CorpusFormat.DEFAULT).documents(write("v.jsonl", JSONL.getBytes(StandardCharsets.UTF_8)), docs::add);
        assertEquals(3, docs.size());
        assertEquals(new Document(new DocRef(dir.resolve("v.jsonl").toString(), 0, "d1", "https://a.example/1", 0),
                "Which of the following\nis true?"), docs.get(0));
    }

    @Test
    void aJsonArrayOfDocumentsReadsLikeLines() throws IOException {
        Path file = write("array.json", "[{\"id\": \"a\", \"text\": \"one\"},\n {\"id\": \"b\", \"text\": \"two\"}]"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a|null|1|0|one", "b|null|30|0|two"), read(file, CorpusFormat.DEFAULT));
    }

    @Test
    void namedFieldsOverrideTheDefaults() throws IOException {
        Path file = write("f.jsonl", "{\"body\": \"hello\", \"doc\": \"x1\", \"link\": \"u\", \"text\": \"not this\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("x1|u|0|0|hello"), read(file, CorpusFormat.DEFAULT.withFields("body", "doc", "link")));
    }

    @Test
    void badRecordsNameFileLineAndField() throws IOException {
        Path noText = write("bad.jsonl", "{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2, \"body\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
        InputError e = assertThrows(InputError.class, () -> read(noText, CorpusFormat.DEFAULT));
        assertEquals(2, e.line());
        assertEquals("text", e.field());
        Path broken = write("broken.jsonl", "{\"text\": \"ok\"}\n{\"text\": oops}\n".getBytes(StandardCharsets.UTF_8));
        InputError b = assertThrows(InputError.class, () -> read(broken, CorpusFormat.DEFAULT));
        assertEquals(2, b.line());
        assertTrue(b.getMessage().startsWith(broken + ":2: invalid JSON"), b.getMessage());
    }

    @Test
    void longDocumentsAreScannedInOverlappingWindowsNeverDropped() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("word").append(i).append(' ');
        }
        CorpusFormat small = new CorpusFormat(null, null, null, 200, 50);
        Path txt = write("long.txt", text.toString().getBytes(StandardCharsets.UTF_8));
        List<String> windows = read(txt, small);
        assertTrue(windows.size() > 3);
        StringBuilder rebuilt = new StringBuilder();
        for (String w : windows) {
            String[] parts = w.split("\\|", 5);
            int start = Integer.parseInt(parts[3]);
            assertTrue(parts[4].length() <= 200);
            assertTrue(start <= rebuilt.length(), "windows leave no gap");
            rebuilt.setLength(start);
            rebuilt.append(parts[4]);
        }
        assertEquals(text.toString(), rebuilt.toString());
        Path jsonl = write("long.jsonl", ("{\"text\": \"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
        List<String> jsonWindows = read(jsonl, small);
        assertEquals(windows.size(), jsonWindows.size());
        for (int i = 0; i < windows.size(); i++) {
            assertEquals(windows.get(i).split("\\|", 5)[4], jsonWindows.get(i).split("\\|", 5)[4]);
        }
    }

    @Test
    void readsWetConversionRecords() throws IOException {
        String body = "Which of the following is true?\nA. yes\nAnswer: A\n";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        String record = "WARC/1.0\r\n"
                + "WARC-Type: conversion\r\n"
                + "WARC-Target-URI: https://quiz.example/q1\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:11111111-2222-3333-4444-555555555555>\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Length: " + length + "\r\n\r\n" + body + "\r\n\r\n";
        Path wet = write("crawl.warc.wet", (record + record.replace("q1", "q2").replace("5555555555555", "5555555555556"))
                .getBytes(StandardCharsets.UTF_8));
        List<String> docs = read(wet, CorpusFormat.DEFAULT);
        assertEquals(2, docs.size());
        assertEquals("urn:uuid:11111111-2222-3333-4444-555555555555|https://quiz.example/q1|0|0|" + body, docs.get(0));
        assertTrue(docs.get(1).contains("|https://quiz.example/q2|" + record.getBytes(StandardCharsets.UTF_8).length + "|"),
                docs.get(1));
    }

    /** A damaged WARC record is an input error naming the file and where the damage starts, also under skip. */
    @Test
    void aDamagedWarcRecordIsAnInputErrorEvenUnderSkip() throws IOException {
        String body = "Which of the following is true?\n";
        String record = "WARC/1.0\r\n"
                + "WARC-Type: conversion\r\n"
                + "WARC-Record-ID: <urn:uuid:11111111-2222-3333-4444-555555555555>\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body + "\r\n\r\n";
        Path wet = write("damaged.warc.wet", (record + "WARC/1.0\r\nWARC-Type conversion\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (CorpusReader reader : List.of(new CorpusReader(CorpusFormat.DEFAULT),
                new CorpusReader(CorpusFormat.DEFAULT.withOnError(ErrorPolicy.SKIP), new BadRecords(ErrorPolicy.SKIP)))) {
            InputError e = assertThrows(InputError.class, () -> reader.read(wet, (ref, text, from, length) -> { }, n -> { }));
            assertEquals(wet, e.file());
            assertTrue(e.getMessage().contains("malformed WARC record at byte " + record.length()), e.getMessage());
            assertTrue(e.getMessage().contains("cannot be skipped"), e.getMessage());
        }
    }

    @Test
    void htmlIsReducedToText() {
        assertEquals("  Hello  world  ", WarcReader.stripHtml("<p>Hello <script>var x = '<b>';</script>world</p>")
                .replaceAll(" +", "  "));
        assertEquals(" Newton's law & \"F = ma\" ", WarcReader.stripHtml("<b>Newton&#39;s law &amp; &quot;F = ma&quot;</b>"),
                "entities are decoded, so a quoted item is not cut by \"39\" and \"quot\" tokens");
    }

    @Test
    void bodiesAreReadInTheirDeclaredCharset() {
        assertEquals(java.nio.charset.StandardCharsets.ISO_8859_1,
                WarcReader.charset(org.netpreserve.jwarc.MediaType.parse("text/html; charset=ISO-8859-1")));
        assertEquals(java.nio.charset.StandardCharsets.UTF_8,
                WarcReader.charset(org.netpreserve.jwarc.MediaType.parse("text/html; charset=no-such-charset")));
        assertEquals(java.nio.charset.StandardCharsets.UTF_8, WarcReader.charset(org.netpreserve.jwarc.MediaType.parse("text/plain")));
    }

    @Test
    void readsParquetThroughDuckDb() throws Exception {
        Path parquet = dir.resolve("docs.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('p1', 'https://p.example/1', 'First text'), "
                    + "('p2', NULL, 'Second text')) t(id, url, text)) TO '" + parquet + "' (FORMAT PARQUET)");
        }
        assertEquals(List.of("p1|https://p.example/1|0|0|First text", "p2|null|1|0|Second text"),
                read(parquet, CorpusFormat.DEFAULT));
    }

    @Test
    void aParquetRowWithoutTextIsAnErrorNamingRowAndColumn() throws Exception {
        Path parquet = dir.resolve("holes.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('p1', 'First text'), ('p2', NULL), ('p3', 'Third')) t(id, text)) TO '"
                    + parquet + "' (FORMAT PARQUET)");
        }
        InputError e = assertThrows(InputError.class, () -> read(parquet, CorpusFormat.DEFAULT));
        assertEquals(2, e.line());
        assertEquals("text", e.field());

        BadRecords skipped = new BadRecords(ErrorPolicy.SKIP);
        List<String> ids = new ArrayList<>();
        new CorpusReader(CorpusFormat.DEFAULT.withOnError(ErrorPolicy.SKIP), skipped)
                .read(parquet, (ref, text, from, length) -> ids.add(ref.id()), n -> { });
        assertEquals(List.of("p1", "p3"), ids);
        assertEquals(List.of(e.getMessage()), skipped.listed());
    }

    @Test
    void expandsFoldersAndGlobsInSortedOrder() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path b = write("sub/b.jsonl", new byte[0]);
        Path a = write("sub/a.jsonl.zst", new byte[0]);
        write("sub/notes.md", new byte[0]);
        Path c = write("c.txt", new byte[0]);
        assertEquals(List.of(c, a, b), CorpusReader.expand(List.of(dir.toString())));
        assertEquals(List.of(a, b), CorpusReader.expand(List.of(dir + "/sub/*.jsonl*")));
        assertThrows(InputError.class, () -> CorpusReader.expand(List.of(dir + "/none/*.jsonl")));
        assertThrows(InputError.class, () -> CorpusReader.expand(List.of(dir + "/missing.jsonl")));
    }
}
