package org.evalaudit.contamination.corpus;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.HashTokenizer;

/**
 * One JSON Lines record as {@link JsonlRecords} hands it to a scanner: where it comes from, and its text
 * still as the raw bytes of a JSON string (UTF-8, escapes undecoded), with its term hashes taken from those
 * bytes ({@link #termHashes}), so that a scanner decodes only the rare record it must look at closely
 * ({@link #decode}). Reused from record to record: valid only during the visitor call.
 */
public final class JsonlRecord {
    final Path file;
    private final JsonlReader reader;
    private JsonlChunk chunk;
    long offset;
    long line;
    String id;
    String url;
    /** Chars of the text copied into the reader's buffer, or -1. */
    int textLength;
    /** Index in the chunk of the text string's opening quote, or -1. */
    int textQuote;
    /** The text's length in chars when its term hashes are in {@link #hasher}, else -1. */
    int hashedChars = -1;
    private final HashTokenizer hasher;

    JsonlRecord(JsonlReader reader, Path file) {
        this(reader, file, null);
    }

    JsonlRecord(JsonlReader reader, Path file, HashTokenizer hasher) {
        this.reader = reader;
        this.file = file;
        this.hasher = hasher;
    }

    void chunk(JsonlChunk chunk) {
        this.chunk = chunk;
    }

    /** The index in the chunk's bytes of the byte at {@code offset} in the file. */
    int chunkIndex(long offset) {
        return (int) (offset - chunk.offset());
    }

    /** Where the record comes from (its id is {@code file-name:line} when it has none). */
    public DocRef ref() {
        return new DocRef(file.toString(), offset, id == null ? file.getFileName() + ":" + line : id, url, 0);
    }

    /**
     * The term hashes of the text (in order, the last token ended), as {@link CanonicalTokenizer} gives
     * them for the decoded text, hashed from its bytes while the record was parsed; null when the text must
     * be scanned from its decoded chars instead ({@link #decode}): when it is longer than one window
     * ({@link CorpusFormat#windowChars()}), so scanned in windows, or has a char that the hash tokenizer
     * leaves to {@link CanonicalTokenizer}.
     */
    public HashTokenizer termHashes() {
        return hashedChars >= 0 ? hasher : null;
    }

    /** The text's length in chars when {@link #termHashes()} is not null. */
    public int hashedChars() {
        return hashedChars;
    }

    /**
     * Decodes the text with Jackson, exactly as {@link CorpusReader#read} does, and hands it to
     * {@code visitor} whole or in windows ({@link Windows}).
     */
    public void decode(DocumentVisitor visitor) throws IOException {
        int start = chunkIndex(offset);
        try (JsonParser parser = JsonlReader.JSON.createParser(chunk.bytes(), start, chunk.length() - start)) {
            parser.nextToken();
            reader.readRecord(parser, line, offset, true, this);
        }
        Windows.emit(ref(), reader.text(), 0, textLength, reader.format(), visitor);
    }
}
