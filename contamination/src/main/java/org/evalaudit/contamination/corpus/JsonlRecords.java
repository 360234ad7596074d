package org.evalaudit.contamination.corpus;

import java.io.IOException;
import org.evalaudit.contamination.text.HashTokenizer;

/**
 * Parses the records of {@link JsonlChunk}s, on the scanner's threads, finding the fields that
 * {@link CorpusReader}'s Jackson record reader finds, except that the text is not decoded: its terms are
 * hashed from its bytes ({@link JsonlRecord#termHashes}) in the same pass ({@link JsonlWalker}). Ids, urls,
 * offsets and line numbers, and the {@link org.evalaudit.core.io.InputError} of a bad record, are those
 * {@link CorpusReader#read} gives, and a bad record is skipped or fails as there ({@link BadRecords}). One
 * instance per thread.
 */
public final class JsonlRecords {
    private final JsonlReader reader;
    private final HashTokenizer hasher = new HashTokenizer();
    private final JsonlWalker walker;
    private final BadRecords bad;

    /** Bad records fail ({@code format} must say so). */
    public JsonlRecords(CorpusFormat format) {
        this(format, CorpusReader.failing(format));
    }

    /** Bad records go to {@code bad}, which may skip them. */
    public JsonlRecords(CorpusFormat format, BadRecords bad) {
        this.reader = new JsonlReader(format);
        this.walker = new JsonlWalker(format, hasher);
        this.bad = bad;
    }

    /** Receives the records of a chunk. */
    @FunctionalInterface
    public interface Visitor {
        void record(JsonlRecord record) throws IOException;
    }

    /**
     * Hands every record of {@code chunk} to {@code visitor}, in order, with its text's term hashes
     * ({@link JsonlRecord#termHashes}). The records are walked by {@link JsonlWalker}; from a record it
     * leaves to Jackson (malformed JSON, or a form it does not handle), the chunk is parsed again with
     * Jackson and the rest of its records handed on from there, a bad one skipped or thrown.
     */
    public void parse(JsonlChunk chunk, Visitor visitor) throws IOException {
        JsonlRecord record = new JsonlRecord(reader, chunk.file(), hasher);
        record.chunk(chunk);
        int visited = walker.walk(chunk, record, visitor);
        if (visited >= 0) {
            parseWithJackson(chunk, visited, visitor);
        }
    }

    /**
     * Parses {@code chunk} with Jackson ({@link JsonlReader#readChunk}), handing the records after the
     * first {@code skip} to {@code visitor}, their terms hashed from the bytes Jackson located.
     */
    void parseWithJackson(JsonlChunk chunk, int skip, Visitor visitor) throws IOException {
        JsonlRecord record = new JsonlRecord(reader, chunk.file(), hasher);
        record.chunk(chunk);
        reader.readChunk(chunk, skip, false, record, bad, r -> {
            walker.hashRecord(chunk, r);
            visitor.record(r);
        });
    }
}
