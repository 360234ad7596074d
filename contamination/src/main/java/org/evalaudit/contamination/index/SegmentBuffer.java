package org.evalaudit.contamination.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.text.TermHash;

/**
 * Corpus documents buffered in memory until they are written as one Lucene segment: their postings are
 * inverted here ({@link FieldInverter}) and the segment is handed to {@code IndexWriter.addIndexes} as a
 * {@link BufferedSegmentReader}, so Lucene's codec writes it exactly as it writes a merged segment.
 * One buffer per indexing thread, not thread-safe.
 */
final class SegmentBuffer {
    private final boolean storeText;
    private FieldInverter text = new FieldInverter();
    private FieldInverter sources = new FieldInverter();
    private final List<BufferedDoc> docs = new ArrayList<>();
    private long[] ordinals = new long[1 << 10];
    private int[] tokenCounts = new int[1 << 10];
    private String lastSource;
    private byte[] lastSourceBytes;
    private long lastSourceHash;
    private long textChars;
    private long storedBytes;

    SegmentBuffer(boolean storeText) {
        this.storeText = storeText;
    }

    /**
     * Buffers document number {@code ordinal} of the file {@code source} with the terms of {@code analysed}
     * (which holds the analysis of {@code text}).
     */
    void add(String source, long ordinal, DocRef ref, String text, AnalysedText analysed) {
        int doc = docs.size();
        if (doc == ordinals.length) {
            ordinals = Arrays.copyOf(ordinals, 2 * doc);
            tokenCounts = Arrays.copyOf(tokenCounts, 2 * doc);
        }
        ordinals[doc] = ordinal;
        this.text.add(analysed);
        if (!source.equals(lastSource)) {
            lastSource = source;
            lastSourceBytes = source.getBytes(StandardCharsets.UTF_8);
            lastSourceHash = TermHash.of(source);
        }
        sources.add(lastSourceBytes, lastSourceHash);
        BufferedDoc stored;
        if (storeText) {
            stored = new BufferedDoc(ref, text, null);
            storedBytes += 2L * text.length();
        } else {
            TokenShape shape = analysed.shape();
            tokenCounts[doc] = shape.tokens();
            stored = new BufferedDoc(ref, null, shape.capitals().length > 0 ? shape.encodedCapitals() : null);
            storedBytes += stored.capitals() == null ? 0 : stored.capitals().length;
        }
        storedBytes += 64 + 2L * ref.file().length() + (ref.id() == null ? 0 : 2L * ref.id().length())
                + (ref.url() == null ? 0 : 2L * ref.url().length());
        docs.add(stored);
        textChars += text.length();
    }

    int documents() {
        return docs.size();
    }

    long textChars() {
        return textChars;
    }

    /** Approximate heap bytes held: what bounds a segment's size. */
    long ramBytes() {
        return text.ramBytes() + sources.ramBytes() + storedBytes + 12L * ordinals.length;
    }

    /** The buffered documents as a segment to add to the index; the buffer is empty afterwards. */
    CodecReader drain() {
        int maxDoc = docs.size();
        BufferedSegmentReader reader = new BufferedSegmentReader(maxDoc, storeText, text.invert(), sources.invert(),
                List.copyOf(docs), Arrays.copyOf(ordinals, maxDoc), storeText ? null : Arrays.copyOf(tokenCounts, maxDoc));
        text = new FieldInverter();
        sources = new FieldInverter();
        docs.clear();
        textChars = 0;
        storedBytes = 0;
        return reader;
    }

    /** What a document stores besides its postings and doc values. */
    record BufferedDoc(DocRef ref, String text, byte[] capitals) {
    }
}
