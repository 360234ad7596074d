package org.evalaudit.contamination.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.evalaudit.contamination.corpus.BadRecords;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.corpus.DocumentVisitor;

/** Small seeded JSONL corpora for index tests, and a source that crashes on purpose. */
final class TestCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WORDS = {
        "the", "a", "of", "which", "following", "is", "true", "river", "Gauss", "theorem", "café", "ÉCOLE",
        "protein", "x²", "42", "market", "price", "elasticity", "supply", "demand", "novel", "film", "actor",
        "scene", "plot", "good", "bad", "never", "always", "because"
    };

    private TestCorpus() {
    }

    /** Writes {@code texts} as JSONL records with id {@code <file name>-<n>} and a url. */
    static Path write(Path file, List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < texts.size(); n++) {
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", file.getFileName() + "-" + n);
            record.put("url", "test://" + file.getFileName() + "/" + n);
            record.put("text", texts.get(n));
            try {
                lines.add(JSON.writeValueAsString(record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** {@code count} seeded random texts of words from a small vocabulary, with punctuation and line breaks. */
    static List<String> randomTexts(SplittableRandom random, int count) {
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : random.nextInt(10) == 0 ? ",\n" : " ");
                text.append(WORDS[random.nextInt(WORDS.length)]);
            }
            docs.add(text.toString());
        }
        return docs;
    }

    /** The corpus readers, failing once {@code documents} documents were handed out (a simulated crash). */
    static DocumentSource failingAfter(long documents) {
        DocumentSource real = DocumentSource.of(CorpusFormat.DEFAULT);
        AtomicLong handedOut = new AtomicLong();
        return new DocumentSource() {
            @Override
            public List<Path> files(List<String> specs) throws IOException {
                return real.files(specs);
            }

            @Override
            public void read(Path file, DocumentVisitor visitor, LongConsumer progress, BadRecords bad)
                    throws IOException {
                real.read(file, (ref, text, from, length) -> {
                    if (handedOut.incrementAndGet() > documents) {
                        throw new IllegalStateException("simulated crash after " + documents + " documents");
                    }
                    visitor.document(ref, text, from, length);
                }, progress, bad);
            }
        };
    }
}
