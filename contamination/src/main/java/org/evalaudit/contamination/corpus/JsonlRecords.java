package org.evalaudit.contamination.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.evalaudit.core.io.InputError;

/**
 * Parses the records of {@link JsonlChunk}s, on the scanner's threads, with the same Jackson record
 * reader as {@link CorpusReader}, except that the text is only located, not decoded: the scanner
 * hashes its terms from its bytes ({@link JsonlRecord#hashTerms}). Ids, urls, offsets and line numbers,
 * and the {@link InputError} of a bad record, are those {@link CorpusReader#read} gives. One instance per
 * thread.
 */
public final class JsonlRecords {
    private final JsonlReader reader;

    public JsonlRecords(CorpusFormat format) {
        this.reader = new JsonlReader(format);
    }

    /** Receives the records of a chunk. */
    @FunctionalInterface
    public interface Visitor {
        void record(JsonlRecord record) throws IOException;
    }

    /** Hands every record of {@code chunk} to {@code visitor}, in order. */
    public void parse(JsonlChunk chunk, Visitor visitor) throws IOException {
        JsonlRecord record = new JsonlRecord(reader, chunk.file());
        record.chunk(chunk);
        try (JsonParser parser = JsonlReader.JSON.createParser(chunk.bytes(), 0, chunk.length())) {
            for (JsonToken token = next(parser, chunk); token != null; token = next(parser, chunk)) {
                reader.readRecord(parser, chunk.firstLine(), chunk.offset(), false, record);
                visitor.record(record);
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
