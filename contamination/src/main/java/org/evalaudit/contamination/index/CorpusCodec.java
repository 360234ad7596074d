package org.evalaudit.contamination.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec of the corpus index: Lucene 9.12's, except stored fields, whose text goes through
 * {@link Lz4Compression} (plain LZ4 on chunks of 60 KB) instead of Lucene's LZ4 with a preset dictionary:
 * compressing the text was the largest single cost of a stored-text build, and this takes less than half
 * of its CPU, for a stored text 8 % smaller (docs/bench-indexfast.md, seventh session).
 *
 * <p>Each segment records its codec's name, and Lucene finds the codec to read it by that name through
 * {@code META-INF/services/org.apache.lucene.codecs.Codec}; so segments written before this codec
 * ({@code Lucene912}) still open, and the name and formats below must never change meaning: a different
 * stored-fields format needs a new codec name, with this class kept for reading.
 */
public final class CorpusCodec extends FilterCodec {
    static final String NAME = "EvalauditCorpus912";
    /** Chunks of 60 KB stay, with the document that ends them, mostly within LZ4's 64 KB window. */
    private static final StoredFieldsFormat STORED_FIELDS = new Lucene90CompressingStoredFieldsFormat(
            "EvalauditStoredFieldsLz4", Lz4Compression.INSTANCE, 60 * 1024, 1024, 10);

    /** Public and without arguments, as Lucene's codec lookup requires. */
    public CorpusCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return STORED_FIELDS;
    }
}
