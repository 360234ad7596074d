package org.evalaudit.contamination.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.evalaudit.contamination.text.HashTokenizer;
import org.evalaudit.core.io.InputError;

/**
 * Parses the records of {@link JsonlChunk}s, on the scanner's threads, finding the fields that
 * {@link CorpusReader}'s Jackson record reader finds, except that the text is not decoded: its terms are
 * hashed from its bytes ({@link JsonlRecord#termHashes}) in the same pass ({@link JsonlWalker}). Ids, urls,
 * offsets and line numbers, and the {@link InputError} of a bad record, are those {@link CorpusReader#read}
 * gives. One instance per thread.
 */
public final class JsonlRecords {
    private final JsonlReader reader;
    private final HashTokenizer hasher = new HashTokenizer();
    private final JsonlWalker walker;

    public JsonlRecords(CorpusFormat format) {
        this.reader = new JsonlReader(format);
        this.walker = new JsonlWalker(format, hasher);
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
     * Jackson and the rest of its records handed on from there.
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
     * Parses {@code chunk} with Jackson ({@link JsonlReader#readRecord}), handing the records after the
     * first {@code skip} to {@code visitor}, their terms hashed from the bytes Jackson located.
     */
    void parseWithJackson(JsonlChunk chunk, int skip, Visitor visitor) throws IOException {
        JsonlRecord record = new JsonlRecord(reader, chunk.file(), hasher);
        record.chunk(chunk);
        int n = 0;
        try (JsonParser parser = JsonlReader.JSON.createParser(chunk.bytes(), 0, chunk.length())) {
            for (JsonToken token = next(parser, chunk); token != null; token = next(parser, chunk)) {
                reader.readRecord(parser, chunk.firstLine(), chunk.offset(), false, record);
                if (n++ >= skip) {
                    walker.hashRecord(chunk, record);
                    visitor.record(record);
                }
            }
        } catch (InputError e) {
            throw decodingError(chunk, e);
        }
    }

    private static JsonToken next(JsonParser parser, JsonlChunk chunk) throws IOException {
        return JsonlReader.next(parser, chunk.file(), chunk.firstLine());
    }

    /**
     * The error {@link CorpusReader#read} reports for this chunk: skipping a string, Jackson words a few
     * problems (a surrogate or an overlong form in UTF-8) differently than decoding it, so the chunk is
     * read again decoding every text, which fails at the same record.
     */
    private InputError decodingError(JsonlChunk chunk, InputError skipping) throws IOException {
        JsonlRecord record = new JsonlRecord(reader, chunk.file());
        try (JsonParser parser = JsonlReader.JSON.createParser(chunk.bytes(), 0, chunk.length())) {
            for (JsonToken token = next(parser, chunk); token != null; token = next(parser, chunk)) {
                reader.readRecord(parser, chunk.firstLine(), chunk.offset(), true, record);
            }
        } catch (InputError decoding) {
            return decoding;
        }
        return skipping;
    }
}
