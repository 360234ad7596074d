package org.evalaudit.contamination.text;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;

/**
 * The canonical tokenizer as a Lucene {@link Analyzer}, for the persistent corpus index. No filters:
 * folding and lower-casing already happen in {@link CanonicalLuceneTokenizer}, so indexed terms are
 * byte-for-byte the scanner's terms.
 */
public final class CanonicalAnalyzer extends Analyzer {
    /**
     * Bump when the token definition in {@link CanonicalTokenizer} or {@link TermHash} changes. 2: Han
     * ideographs, hiragana and katakana are tokens of their own ({@link FoldingTable#isSolo}). 3:
     * {@link TermHash} hashes a term's UTF-8 eight bytes at a time.
     */
    public static final String VERSION = "3";

    /**
     * Identifies this analyzer exactly: name, definition version, and a checksum of the folding tables
     * (which come from the JDK's Unicode data). An index stores it and refuses to be queried with an
     * analyzer whose fingerprint differs, instead of silently giving other tokens.
     */
    public static String fingerprint() {
        return String.format(Locale.ROOT, "evalaudit-canonical/%s+fold-%08x+maxtok-%d", VERSION,
                FoldingTable.checksum(), CanonicalTokenizer.MAX_TOKEN_CHARS);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new CanonicalLuceneTokenizer());
    }
}
