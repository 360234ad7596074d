package org.evalaudit.contamination.text;

import java.util.Arrays;

/**
 * The canonical tokenizer reduced to what a scan's n-gram probe needs from every document: the
 * {@link TermHash} of each token, in order, with no folded letters and no offsets kept. A scan looks
 * closely (letters, offsets) only at the rare document that shares an n-gram with an item, and tokenizes
 * that one again with {@link CanonicalTokenizer}; for all others, the per-char stores of the letters and
 * offsets and the per-token sink call are pure cost.
 *
 * <p>It takes UTF-8 JSON string text as {@link CanonicalTokenizer} takes its decoded chars: ASCII runs
 * straight from the bytes ({@link #pushAscii}), every other char decoded by the caller ({@link #push},
 * {@link #pushCodePoint}). It handles the chars that fold with a table load (letters, digits,
 * separators), the foldings into letters and separators (such as "ﬁ" or "…") and the combining marks
 * that separate (as in Devanagari or Thai), and gives up on the rest — a mark that composes with the
 * letter before it, capital sigma (final-sigma rule), a lone surrogate, a supplementary letter that
 * changes under folding: these rewrite or need the letters, so the caller then tokenizes the text with
 * {@link CanonicalTokenizer}. Where it does not give up, its hashes are exactly those
 * {@link CanonicalTokenizer} gives, long tokens cut at {@link CanonicalTokenizer#MAX_TOKEN_CHARS} alike.
 *
 * <p>Not thread-safe: one instance per thread; {@link #reset()} before each text.
 */
public final class HashTokenizer {
    private static final int MAX = CanonicalTokenizer.MAX_TOKEN_CHARS;
    /** Bytes per pass of {@link #pushLongRun}'s loop, so that the hashes are grown once per block. */
    private static final int BLOCK = 4096;
    /** Bytes of a run taken by {@link #pushShortRun} before {@link #pushLongRun} is worth its set-up. */
    private static final int SHORT_RUN = 32;

    /**
     * {@link FoldingTable#FAST} for the 256 byte values of UTF-8 JSON string text, with
     * {@link FoldingTable#SLOW} for the bytes that end {@link #pushAscii}: a byte {@code >= 0x80} (part of
     * a multi-byte char), the closing quote, the backslash of an escape, and a control char (which JSON
     * does not allow in a string, so that a caller walking unvalidated JSON sees it).
     */
    private static final char[] ASCII = new char[256];

    static {
        for (int b = 0; b < 256; b++) {
            ASCII[b] = b >= 0x20 && b < 0x80 && b != '"' && b != '\\' ? FoldingTable.FAST[b] : FoldingTable.SLOW;
        }
    }

    /** The bytes after a backslash that make a JSON escape of a separator, such as {@code n} in {@code \n}. */
    private static final boolean[] SEPARATOR_ESCAPE = new boolean[256];

    static {
        String escaped = "ntrbf\"\\/";
        String chars = "\n\t\r\b\f\"\\/";
        for (int k = 0; k < escaped.length(); k++) {
            SEPARATOR_ESCAPE[escaped.charAt(k)] = FoldingTable.FAST[chars.charAt(k)] == 0;
        }
    }

    private long[] hashes = new long[4096];
    private int size;
    private int escapes;
    /** {@link TermHash} state of the current token, and its length in chars (0: between tokens). */
    private long hash = TermHash.START;
    private int length;
    /** The last char of the current token (when {@link #length} {@code > 0}): a mark may compose with it. */
    private char last;

    /** Forgets the hashes and any partial token. */
    public void reset() {
        size = 0;
        escapes = 0;
        length = 0;
        hash = TermHash.START;
    }

    /** The term hashes of the tokens completed since {@link #reset()}, in {@code hashes()[0, size())}. */
    public long[] hashes() {
        return hashes;
    }

    public int size() {
        return size;
    }

    /** Two-byte escapes that {@link #pushAscii} consumed since {@link #reset()}: bytes minus chars. */
    public int escapes() {
        return escapes;
    }

    /**
     * Tokenizes ASCII bytes, continuing the text pushed before, and returns the index of the first byte
     * it did not consume: {@code to}, or a byte that is not plain ASCII text in a UTF-8 JSON string
     * ({@code >= 0x80}, {@code '"'}, {@code '\\'} or {@code < 0x20}), which the caller decodes and pushes.
     * JSON's two-byte escapes of separators ({@code \n}, {@code \"}, {@code \t}, ...) are consumed as one
     * separator char each, so that a line break does not end the loop; {@link #escapes()} counts them.
     *
     * <p>Past its first {@link #SHORT_RUN} bytes the loop has no branch on whether a byte is a letter or a
     * separator: word lengths vary, so such a branch mispredicts about once per word, which cost more than
     * the hashing itself. Every byte stores the current term's unfinished state at the end of the hashes
     * and advances the count only where a term ends; the states are finished ({@link TermHash#finish})
     * after the loop. Walking and hashing the dev corpus's JSON Lines (film reviews) took 1.8 to 1.9 ns per
     * byte against 2.6 with the branching loop, and ScanBench's synthetic text 1.9 either way
     * (docs/benchmarks.md). Short runs keep the branching loop, which needs no set-up.
     */
    public int pushAscii(byte[] bytes, int from, int to) {
        int prefixEnd = (int) Math.min(to, (long) from + SHORT_RUN);
        int i = pushShortRun(bytes, from, prefixEnd);
        if (i == to || i < prefixEnd && !separatorEscape(bytes, i, to)) {
            return i;
        }
        return pushLongRun(bytes, i, to);
    }

    /**
     * The first {@link #SHORT_RUN} bytes of a run, with a branch per byte: cheaper than
     * {@link #pushLongRun}'s set-up where ASCII comes in short runs, as the spaces and punctuation
     * between the words of Cyrillic, Greek or Arabic text do. Stops at the first byte that is not plain
     * ASCII text.
     */
    private int pushShortRun(byte[] bytes, int from, int to) {
        long h = hash;
        int len = length;
        int i = from;
        for (; i < to; i++) {
            char f = ASCII[bytes[i] & 0xff];
            if (f > FoldingTable.SLOW) {
                if (len >= MAX) {
                    add(h, len);
                    h = TermHash.START;
                    len = 0;
                }
                h = TermHash.step(h, f);
                len++;
            } else if (f == 0) {
                if (len > 0) {
                    add(h, len);
                    h = TermHash.START;
                    len = 0;
                }
            } else {
                break;
            }
        }
        hash = h;
        length = len;
        if (len > 0 && i > from) {
            last = ASCII[bytes[i - 1] & 0xff];
        }
        return i;
    }

    private static boolean separatorEscape(byte[] bytes, int i, int to) {
        return bytes[i] == '\\' && i + 1 < to && SEPARATOR_ESCAPE[bytes[i + 1] & 0xff];
    }

    /** The rest of a long run, without a branch per byte (see {@link #pushAscii}). */
    private int pushLongRun(byte[] bytes, int from, int to) {
        long h = hash;
        int len = length;
        int inTerm = len > 0 ? 1 : 0;
        int first = size;
        int i = from;
        while (i < to) {
            int blockEnd = (int) Math.min(to, (long) i + BLOCK);
            ensureCapacity(size + BLOCK / 2 + BLOCK / MAX + 3);
            long[] out = hashes;
            int n = size;
            for (; i < blockEnd; i++) {
                int f = ASCII[bytes[i] & 0xff];
                if (f == FoldingTable.SLOW) {
                    break;
                }
                int letter = (1 - f) >>> 31;
                if ((len >= MAX) & (letter & inTerm) != 0) {
                    out[n++] = TermHash.unfinished(h, len);
                    inTerm = 0;
                }
                out[n] = TermHash.unfinished(h, len);
                n += (letter ^ 1) & inTerm;
                long keep = -(long) inTerm;
                h = TermHash.stepOrStart(h, keep, f);
                len = (len & (int) keep) + 1;
                inTerm = letter;
            }
            size = n;
            if (i < blockEnd) {
                // outside the loop, which stays small: the escape of a separator ends the term, others end the call
                if (!separatorEscape(bytes, i, to)) {
                    break;
                }
                if (inTerm != 0) {
                    ensureCapacity(size + 1);
                    hashes[size++] = TermHash.unfinished(h, len);
                    inTerm = 0;
                }
                escapes++;
                i += 2;
            }
        }
        for (int k = first; k < size; k++) {
            hashes[k] = TermHash.finishUnfinished(hashes[k]);
        }
        if (inTerm == 0) {
            hash = TermHash.START;
            length = 0;
        } else {
            hash = h;
            length = len;
            if (i > from) {
                last = ASCII[bytes[i - 1] & 0xff];
            }
        }
        return i;
    }

    /**
     * One decoded BMP char; false (and nothing done) when it needs {@link CanonicalTokenizer}: a
     * surrogate, capital sigma, a combining mark that composes with the letter before it, or a folding
     * into more than one char that contains a mark.
     */
    public boolean push(char c) {
        char f = FoldingTable.FAST[c];
        if (f > FoldingTable.SLOW) {
            letter(f);
        } else if (f == 0) {
            separator();
        } else if (Character.isSurrogate(c) || c == FoldingTable.CAPITAL_SIGMA) {
            return false;
        } else {
            return folded(FoldingTable.expansion(c));
        }
        return true;
    }

    /**
     * One decoded supplementary code point; false (and nothing done) when it needs
     * {@link CanonicalTokenizer}: one that changes under folding.
     */
    public boolean pushCodePoint(int codePoint) {
        if (FoldingTable.supplementary(codePoint) != null) {
            return false;
        }
        if (Character.isLetterOrDigit(codePoint)) {
            boolean solo = FoldingTable.isSolo(codePoint);
            if (solo) {
                separator();
            }
            letter(Character.highSurrogate(codePoint));
            step(Character.lowSurrogate(codePoint));
            if (solo) {
                separator();
            }
        } else {
            separator();
        }
        return true;
    }

    /**
     * Hashes {@code chars[from, to)} as a whole text ({@link #reset()} and {@link #end()} included): true
     * when it took every char, false when it gave up (see the class comment) and the caller must tokenize
     * with {@link CanonicalTokenizer}. Decoded documents (WARC, Parquet, plain text) take this path, so
     * that only their hashes are kept, as for JSON Lines, and no sink is called per token.
     */
    public boolean hashChars(char[] chars, int from, int to) {
        reset();
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                if (!pushCodePoint(Character.toCodePoint(c, chars[++i]))) {
                    return false;
                }
            } else if (!push(c)) {
                return false;
            }
        }
        end();
        return true;
    }

    /** Ends the text: adds the last token, if any. */
    public void end() {
        separator();
    }

    /**
     * The chars of a folding, as {@link CanonicalTokenizer} feeds them. A lone combining mark separates,
     * unless it composes with the token's last letter (which would change a char already hashed); false
     * then, and for a folding into several chars with a mark or a surrogate.
     */
    private boolean folded(char[] fold) {
        if (fold.length == 1 && FoldingTable.isSolo(fold[0])) {
            // an ideograph or kana: its own token (the commonest slow char in Chinese and Japanese text)
            separator();
            letter(fold[0]);
            separator();
            return true;
        }
        if (fold.length == 1 && FoldingTable.isMark(fold[0])) {
            if (length > 0 && FoldingTable.compose(last, fold[0]) >= 0) {
                return false;
            }
            separator();
            return true;
        }
        for (char c : fold) {
            if (Character.isSurrogate(c) || FoldingTable.isMark(c)) {
                return false;
            }
        }
        for (char c : fold) {
            if (FoldingTable.isSolo(c)) {
                separator();
                letter(c);
                separator();
            } else if (Character.isLetterOrDigit(c)) {
                letter(c);
            } else {
                separator();
            }
        }
        return true;
    }

    private void letter(char c) {
        if (length >= MAX) {
            separator();
        }
        step(c);
    }

    /** Appends a char without the length check: the low half of a pair may make a token one char longer. */
    private void step(char c) {
        hash = TermHash.step(hash, c);
        length++;
        last = c;
    }

    private void separator() {
        if (length > 0) {
            add(hash, length);
            hash = TermHash.START;
            length = 0;
        }
    }

    private void add(long h, int len) {
        ensureCapacity(size + 1);
        hashes[size++] = TermHash.finish(h, len);
    }

    private void ensureCapacity(int capacity) {
        if (capacity > hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.max(capacity, 2 * hashes.length));
        }
    }
}
