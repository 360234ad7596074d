package org.evalaudit.contamination.text;

/**
 * Receives the tokens of {@link CanonicalTokenizer}. The term array is the tokenizer's own buffer, valid
 * only during the call: copy what must outlive it. Keeping this a plain callback with primitive
 * arguments is what makes the scan path allocation-free.
 */
@FunctionalInterface
public interface TokenSink {

    /**
     * One token.
     *
     * @param term folded term characters in {@code term[0, length)}
     * @param length term length in chars
     * @param hash {@link TermHash#of(char[], int, int)} of the term
     * @param start source offset (chars pushed since the last reset) of the token's first char
     * @param end source offset just after the token's last char
     */
    void token(char[] term, int length, long hash, int start, int end);
}
