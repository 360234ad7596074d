package org.evalaudit.contamination.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test corpus format: every line of a file is one document, id {@code <file name>:<line>}. It can fail
 * after a given number of documents, to simulate a crash in the middle of an indexing run.
 */
final class LinesSource implements DocumentSource {
    private final long failAfter;
    private final AtomicLong read = new AtomicLong();

    LinesSource() {
        this(Long.MAX_VALUE);
    }

    private LinesSource(long failAfter) {
        this.failAfter = failAfter;
    }

    /** A source whose reads throw once {@code documents} documents were handed out. */
    static LinesSource failingAfter(long documents) {
        return new LinesSource(documents);
    }

    @Override
    public List<Path> files(List<Path> paths) {
        return paths.stream().sorted().toList();
    }

    @Override
    public void read(Path file, DocumentConsumer each) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long offset = 0;
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (read.incrementAndGet() > failAfter) {
                    throw new IOException("simulated crash after " + failAfter + " documents");
                }
                each.accept(new SourceDocument(offset, file.getFileName() + ":" + line, "test://" + line, text));
                offset += text.length() + 1;
            }
        }
    }

    /** Writes one document per line. */
    static Path write(Path file, List<String> documents) throws IOException {
        Files.write(file, documents, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code count} seeded random documents of words from a small vocabulary. */
    static List<String> randomDocuments(java.util.SplittableRandom random, int count) {
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : random.nextInt(10) == 0 ? ", " : " ");
                text.append(WORDS[random.nextInt(WORDS.length)]);
            }
            docs.add(text.toString());
        }
        return docs;
    }

    private static final String[] WORDS = {
        "the", "a", "of", "which", "following", "is", "true", "river", "Gauss", "theorem", "café", "ÉCOLE",
        "protein", "x²", "42", "market", "price", "elasticity", "supply", "demand", "novel", "film", "actor",
        "scene", "plot", "good", "bad", "never", "always", "because"
    };
}
