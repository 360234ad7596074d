package org.evalaudit.contamination.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.text.TermHash;

/**
 * Corpus documents held in memory until they are written as one Lucene segment: their postings are
 * inverted here ({@link FieldInverter}, one for the text and one for the source file) and the segment is
 * handed to {@code IndexWriter.addIndexes} as a {@link BufferedSegmentReader}, so Lucene's codec writes
 * it as it writes a merged segment. One buffer per indexing thread, not thread-safe.
 */
final class SegmentBuffer {
    /** Bytes counted per document besides its strings and postings (record, list slot, doc values). */
    private static final int DOC_OVERHEAD = 96;

    private final boolean storeText;
    private FieldInverter textField = new FieldInverter();
    private FieldInverter sourceField = new FieldInverter();
    private final List<BufferedDoc> docs = new ArrayList<>();
    private String lastSource;
    private byte[] lastSourceBytes;
    private long lastSourceHash;
    private long textChars;
    private long storedBytes;

    SegmentBuffer(boolean storeText) {
        this.storeText = storeText;
    }

    /**
     * Adds document number {@code ordinal} of the file {@code source}; {@code analysed} must hold the
     * analysis of {@code text}.
     */
    void add(String source, long ordinal, DocRef ref, String text, AnalysedText analysed) {
        textField.add(analysed);
        if (!source.equals(lastSource)) {
            lastSource = source;
            lastSourceBytes = source.getBytes(StandardCharsets.UTF_8);
            lastSourceHash = TermHash.mix(Arrays.hashCode(lastSourceBytes));
        }
        sourceField.add(lastSourceBytes, lastSourceHash);
        BufferedDoc doc;
        if (storeText) {
            doc = new BufferedDoc(ref, ordinal, text, 0, null);
            storedBytes += 2L * text.length();
        } else {
            TokenShape shape = analysed.shape();
            doc = new BufferedDoc(ref, ordinal, null, shape.tokens(),
                    shape.capitals().length > 0 ? shape.encodedCapitals() : null);
            storedBytes += doc.capitals() == null ? 0 : doc.capitals().length;
        }
        storedBytes += DOC_OVERHEAD + 2L * (ref.file().length() + length(ref.id()) + length(ref.url()));
        docs.add(doc);
        textChars += text.length();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    int documents() {
        return docs.size();
    }

    /** Chars of document text held. */
    long textChars() {
        return textChars;
    }

    /** Approximate heap bytes held (strings counted at two bytes a char): what bounds a segment's size. */
    long ramBytes() {
        return textField.ramBytes() + sourceField.ramBytes() + storedBytes;
    }

    /**
     * The documents added so far as a segment to add to the index; the buffer is empty afterwards. Inverting
     * takes, for a moment, 12 more bytes per token than {@link #ramBytes} counts (the occurrences).
     */
    CodecReader drain() {
        BufferedSegmentReader segment = new BufferedSegmentReader(IndexFields.fieldInfos(storeText, docs),
                textField.invert(), sourceField.invert(), List.copyOf(docs));
        textField = new FieldInverter();
        sourceField = new FieldInverter();
        docs.clear();
        textChars = 0;
        storedBytes = 0;
        return segment;
    }
}
