package org.evalaudit.contamination.index;

import java.util.Arrays;
import org.apache.lucene.util.UnicodeUtil;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.TokenSink;

/**
 * One document's canonical tokens, analysed once for indexing: its terms as UTF-8 bytes with their
 * 64-bit hashes, read by {@link FieldInverter}, and its {@link TokenShape}, recorded in the same pass.
 *
 * <p>Why not the {@link org.evalaudit.contamination.text.CanonicalAnalyzer}: the analyzer path copies
 * every term into a {@code CharTermAttribute} and converts it to UTF-8 through a {@code BytesRefBuilder},
 * and without stored text the shape needed a second tokenization of the whole text. The terms are
 * byte-for-byte the analyzer's (same tokenizer, same UTF-8 conversion, one position apart), which a test
 * checks on the dev corpus and on seeded random text. The hash is the tokenizer's {@link
 * org.evalaudit.contamination.text.TermHash} of the term's chars; the tokenizer never puts an unpaired
 * surrogate in a term, so chars and UTF-8 bytes determine each other and the hash is a function of the
 * bytes, which {@link TermIds} relies on.
 *
 * <p>Not thread-safe and reused: one instance per indexing thread; {@link #analyse} replaces the previous
 * document.
 */
final class AnalysedText implements TokenSink {
    private final CanonicalTokenizer tokenizer = new CanonicalTokenizer();
    /** UTF-8 of one term that is not all ASCII. */
    private final byte[] scratch = new byte[UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR * (CanonicalTokenizer.MAX_TOKEN_CHARS + 2)];
    private char[] source = new char[1 << 16];
    private byte[] bytes = new byte[1 << 16];
    /** End of token i's bytes in {@link #bytes}; token i starts where token i-1 ends. */
    private int[] ends = new int[4096];
    /** {@link org.evalaudit.contamination.text.TermHash} of token i's term. */
    private long[] hashes = new long[4096];
    private int[] capitals = new int[64];
    private int tokens;
    private int capitalCount;
    private int byteCount;

    /** Tokenizes {@code text}, replacing the previous document. */
    AnalysedText analyse(String text) {
        int length = text.length();
        if (source.length < length) {
            source = new char[Math.max(length, source.length * 2)];
        }
        text.getChars(0, length, source, 0);
        tokens = 0;
        capitalCount = 0;
        byteCount = 0;
        tokenizer.reset();
        tokenizer.push(source, 0, length, this);
        tokenizer.end(this);
        return this;
    }

    @Override
    public void token(char[] term, int length, long hash, int start, int end) {
        if (tokens == ends.length) {
            ends = Arrays.copyOf(ends, tokens * 2);
            hashes = Arrays.copyOf(hashes, tokens * 2);
        }
        if (byteCount + UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR * length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteCount + UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR * length));
        }
        int at = byteCount;
        int i = 0;
        while (i < length && term[i] < 0x80) {
            bytes[at++] = (byte) term[i++];
        }
        if (i == length) {
            byteCount = at;
        } else {
            int utf8 = UnicodeUtil.UTF16toUTF8(term, 0, length, scratch);
            System.arraycopy(scratch, 0, bytes, byteCount, utf8);
            byteCount += utf8;
        }
        if (end - start == 1 && Character.isUpperCase(source[start])) {
            if (capitalCount == capitals.length) {
                capitals = Arrays.copyOf(capitals, capitalCount * 2);
            }
            capitals[capitalCount++] = tokens;
        }
        hashes[tokens] = hash;
        ends[tokens++] = byteCount;
    }

    /** Number of tokens of the analysed text. */
    int tokenCount() {
        return tokens;
    }

    /** The UTF-8 bytes of every term, token after token; token i is {@code [termStart(i), termEnd(i))}. */
    byte[] termBytes() {
        return bytes;
    }

    int termStart(int token) {
        return token == 0 ? 0 : ends[token - 1];
    }

    int termEnd(int token) {
        return ends[token];
    }

    /** The term's 64-bit hash, as the tokenizer computed it (a function of the term alone). */
    long termHash(int token) {
        return hashes[token];
    }

    /** Token count and one-capital-letter positions of the analysed text. */
    TokenShape shape() {
        return new TokenShape(tokens, Arrays.copyOf(capitals, capitalCount));
    }
}
