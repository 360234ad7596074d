package org.evalaudit.contamination.text;

import java.util.Arrays;

/**
 * The canonical tokenizer reduced to what a scan's n-gram probe needs from every document: the
 * {@link TermHash} of each token, in order, with no offsets and no letters kept past the current token.
 * A scan looks closely (letters, offsets) only at the rare document that shares an n-gram with an item,
 * and tokenizes that one again with {@link CanonicalTokenizer}; for all others, the letters and offsets
 * and the per-token sink call are pure cost.
 *
 * <p>It takes UTF-8 JSON string text as {@link CanonicalTokenizer} takes its decoded chars: ASCII and most
 * two-byte chars straight from the bytes ({@link #pushJson}), every other char decoded by the caller, with
 * its place in the bytes ({@link #pushUtf8}) or without ({@link #push}, {@link #pushCodePoint}). It handles the chars
 * that fold with a table load (letters, digits, separators), the foldings into letters and separators (such as "ﬁ" or "…") and the combining marks
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
    /** Bytes per pass of {@link #pushWords}'s loop, so that the hashes are grown once per block. */
    private static final int BLOCK = 4096;
    /**
     * Chars of ASCII in a decoded text from which {@link #hashChars} copies them to bytes for the word
     * loop; the words of shorter runs are packed char by char ({@link #packToken}).
     */
    private static final int MIN_WORDS_RUN = 64;
    /**
     * The most chars {@link #hashChars} packs char by char after runs of ASCII too short for the word loop
     * before it looks for a run again: text with a non-ASCII letter every few words (French, say) would
     * otherwise be read twice, once looking for a run and once packed.
     */
    private static final int MAX_RUN_BACKOFF = 4096;

    /**
     * {@link FoldingTable#FAST} for the 256 byte values of UTF-8 JSON string text, with
     * {@link FoldingTable#SLOW} for the bytes that end an ASCII word or run: a byte {@code >= 0x80} (part of
     * a multi-byte char, which {@link #pushBytes} may decode), the closing quote, the backslash of an escape,
     * and a control char (which JSON does not allow in a string, so that a caller walking unvalidated JSON
     * sees it).
     */
    private static final char[] ASCII = new char[256];

    static {
        for (int b = 0; b < 256; b++) {
            ASCII[b] = b >= 0x20 && b < 0x80 && b != '"' && b != '\\' ? FoldingTable.FAST[b] : FoldingTable.SLOW;
        }
    }

    /**
     * An ASCII char of decoded text as the byte the word loop reads: itself, or a space for the chars that
     * would end {@link #pushJson} (the quote, the backslash, the controls), which are all separators in
     * decoded text, so that a line break or a quote does not end a run.
     */
    private static final byte[] RUN_BYTE = new byte[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            if (ASCII[c] != FoldingTable.SLOW) {
                RUN_BYTE[c] = (byte) c;
            } else if (FoldingTable.FAST[c] == 0) {
                RUN_BYTE[c] = ' ';
            } else {
                throw new IllegalStateException("ASCII char " + c + " is not a separator");
            }
        }
    }

    /**
     * A char's folding as {@link #packToken} takes it: the folded letter or digit's UTF-8 (first byte lowest)
     * with its length in bits above ({@code << 24}); 0 for a separator, -1 for a char that needs more
     * ({@link FoldingTable#SLOW}). One load per char instead of a fold and an encoding with branches: decoded
     * Cyrillic and accented Latin packed 10-15 % faster with it.
     */
    private static final int[] FOLDED_UTF8 = new int[0x10000];

    static {
        for (int c = 0; c < FOLDED_UTF8.length; c++) {
            char f = FoldingTable.FAST[c];
            FOLDED_UTF8[c] = f == 0 ? 0 : f == FoldingTable.SLOW ? -1 : (int) TermHash.utf8(f) | TermHash.utf8Bits(f) << 24;
        }
    }

    /** {@link #FOLDED_UTF8} of the ASCII bytes of JSON string text, -1 for those that end a run ({@link #ASCII}). */
    private static final int[] JSON_FOLDED_UTF8 = new int[0x80];

    static {
        for (int b = 0; b < 0x80; b++) {
            JSON_FOLDED_UTF8[b] = ASCII[b] == FoldingTable.SLOW ? -1 : FOLDED_UTF8[b];
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
    private int extraBytes;
    /** The folded chars of the current token (room for a surrogate pair past the limit), and its length. */
    private final char[] term = new char[MAX + 1];
    private int length;
    /**
     * Where the current token's folded UTF-8 is, as it is, in the text: {@code source[sourceStart,
     * sourceEnd)}, or {@code sourceStart} -1. A token of letters that fold to themselves (lower case),
     * neither escaped nor cut, is hashed from those bytes eight at a time ({@link TermHash#ofUtf8})
     * rather than char by char from {@link #term}: most words of Cyrillic, Greek or accented Latin text.
     */
    private byte[] source;
    private int sourceStart = -1;
    private int sourceEnd;
    /** A long run of plain ASCII from a decoded text ({@link #hashChars}) as bytes, for the word loop. */
    private byte[] encoded = new byte[1 << 16];

    /** Forgets the hashes and any partial token. */
    public void reset() {
        size = 0;
        extraBytes = 0;
        length = 0;
        sourceStart = -1;
        source = null;
    }

    /** The term hashes of the tokens completed since {@link #reset()}, in {@code hashes()[0, size())}. */
    public long[] hashes() {
        return hashes;
    }

    public int size() {
        return size;
    }

    /**
     * Bytes beyond one per char that {@link #pushJson} consumed since {@link #reset()}: one for each
     * two-byte escape and each two-byte UTF-8 char, so that bytes minus these are chars.
     */
    public int extraBytes() {
        return extraBytes;
    }

    /**
     * Tokenizes the bytes of a UTF-8 JSON string, continuing the text pushed before, and returns the index
     * of the first byte it did not consume: {@code to}, or the start of a char it leaves to the caller to
     * decode and push: a char of three or four bytes, a two-byte char that needs more than a table load (a
     * combining mark, "ß"), {@code '"'}, {@code '\\'} or a control char. ASCII and the other two-byte chars
     * (Latin-1, Greek, Cyrillic, Hebrew, Arabic letters) it takes itself. JSON's two-byte escapes of
     * separators ({@code \n}, {@code \"}, {@code \t}, ...) are consumed as one separator char each, so
     * that a line break does not end the loop; {@link #extraBytes()} counts them and the two-byte chars.
     *
     * <p>Between tokens, whole words of ASCII go eight bytes at a time through {@link #pushWords}; a token
     * the word loop leaves (one with a two-byte char, or in the last bytes of the run) is packed into the
     * hash's words as it is read ({@link #packBytes}); a token that continues the text pushed before, or
     * that packing gives up on, goes byte by byte through {@link #pushBytes}.
     */
    public int pushJson(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (length == 0) {
                if (bytes[i] >= 0) {
                    // a word of non-ASCII letters (Cyrillic, Greek) starts at once with the packing below
                    i = pushWords(bytes, i, to);
                    if (i == to) {
                        break;
                    }
                }
                int packed = packBytes(bytes, i, to);
                if (packed >= 0) {
                    i = packed;
                    continue;
                }
            }
            int next = pushBytes(bytes, i, to);
            if (next > i) {
                i = next;
                continue;
            }
            // the byte loop stopped where it started: a separator's escape, or a char for the caller
            if (!separatorEscape(bytes, i, to)) {
                break;
            }
            separator();
            extraBytes++;
            i += 2;
        }
        return i;
    }

    /**
     * A token of ASCII and two-byte chars that fold with a table load, from {@code bytes[start]}, its
     * folded UTF-8 ({@link #FOLDED_UTF8}) packed into TermHash's words as it is read, as {@link #packToken}
     * packs decoded chars (the packing step is repeated on locals on purpose: a shared call per char
     * measured slower): one pass, no char stored. Returns the index after the separator that ends it
     * (or after a lone separator at {@code start}), or -1, having done nothing, when the token meets a byte
     * left to the caller, {@code to} or the length limit: {@link #pushBytes} then reads it again.
     */
    private int packBytes(byte[] bytes, int start, int to) {
        long acc = TermHash.START;
        long word = 0;
        int shift = 0;
        int words = 0;
        int twoByteChars = 0;
        int end = Math.min(to, start + MAX + 1);
        int i = start;
        while (i < end) {
            int b = bytes[i];
            int folded;
            int step;
            if (b >= 0) {
                folded = JSON_FOLDED_UTF8[b];
                step = 1;
            } else {
                char c = twoByteChar(bytes, i, to);
                folded = c == 0 ? -1 : FOLDED_UTF8[c];
                step = 2;
            }
            if (folded <= 0) {
                if (folded < 0) {
                    return -1;
                }
                if (i > start) {
                    add(TermHash.last(acc, word, words * Long.BYTES + (shift >>> 3)));
                }
                extraBytes += twoByteChars + step - 1;
                return i + step;
            }
            long utf8 = folded & 0xFFFFFF;
            int bits = folded >>> 24;
            word |= utf8 << shift;
            shift += bits;
            if (shift >= Long.SIZE) {
                acc = TermHash.round(acc, word);
                words++;
                shift -= Long.SIZE;
                word = utf8 >>> (bits - shift);
            }
            twoByteChars += step - 1;
            i += step;
        }
        return -1;
    }

    /**
     * Bytes one at a time, a two-byte char that folds with a table load as one, until a token ends
     * (returning the index after the separator that ended it), a byte it leaves to the caller (see
     * {@link #pushJson}), or {@code to}.
     */
    private int pushBytes(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            char f = ASCII[bytes[i] & 0xff];
            if (f > FoldingTable.SLOW) {
                sourcedLetter(f, f == bytes[i], bytes, i, 1);
            } else if (f == 0) {
                if (length > 0) {
                    separator();
                    return i + 1;
                }
            } else {
                char c = twoByteChar(bytes, i, to);
                f = FoldingTable.FAST[c];
                if (f > FoldingTable.SLOW) {
                    sourcedLetter(f, f == c, bytes, i, 2);
                } else if (f == 0 && c != 0) {
                    if (length > 0) {
                        separator();
                        extraBytes++;
                        return i + 2;
                    }
                } else {
                    return i;
                }
                extraBytes++;
                i++;
            }
        }
        return to;
    }

    /**
     * The char of a well-formed two-byte UTF-8 sequence at {@code bytes[i]} (lead 0xC2-0xDF, then a
     * continuation byte before {@code to}), or 0 for anything else; U+0000 is never written this way.
     */
    private static char twoByteChar(byte[] bytes, int i, int to) {
        int lead = bytes[i] & 0xff;
        if (lead < 0xC2 || lead > 0xDF || i + 1 >= to || (bytes[i + 1] & 0xC0) != 0x80) {
            return 0;
        }
        return (char) ((lead & 0x1F) << 6 | bytes[i + 1] & 0x3F);
    }

    private static boolean separatorEscape(byte[] bytes, int i, int to) {
        return bytes[i] == '\\' && i + 1 < to && SEPARATOR_ESCAPE[bytes[i + 1] & 0xff];
    }

    /**
     * Whole ASCII tokens, eight bytes at a time ({@link AsciiWords}), from a position between tokens:
     * each token is hashed straight from its bytes, a word per multiply-and-rotate, with no branch per
     * byte (word lengths vary, so a branch per byte on letter or separator mispredicts about once per
     * word). Returns at a byte that is not plain ASCII text between tokens, at the start of a token it
     * leaves to {@link #pushBytes} (one that a non-ASCII byte ends, one longer than {@link #MAX}, one
     * that reaches past the last eight bytes), or when fewer than eight bytes are left.
     */
    private int pushWords(byte[] bytes, int from, int to) {
        int lastLoad = to - Long.BYTES;
        int p = from;
        int n = size;
        while (p <= lastLoad) {
            int blockEnd = (int) Math.min(lastLoad, (long) p + BLOCK);
            // a token and its separator take two bytes or more
            ensureCapacity(n + (blockEnd - p) / 2 + 1);
            long[] out = hashes;
            while (p <= blockEnd) {
                long w = AsciiWords.load(bytes, p);
                long alnum = AsciiWords.alnum(w);
                if ((alnum & 0x80) == 0) {
                    // separators, up to the next token
                    long slow = AsciiWords.slow(w);
                    int lead = Long.numberOfTrailingZeros(alnum);
                    if (Long.numberOfTrailingZeros(slow) < lead) {
                        size = n;
                        return p + AsciiWords.first(slow);
                    }
                    p += lead >>> 3;
                    continue;
                }
                int end = Long.numberOfTrailingZeros(~alnum & AsciiWords.HIGH);
                if (end == Long.SIZE) {
                    int next = pushLongWord(bytes, p, lastLoad, out, n);
                    if (next < 0) {
                        size = n;
                        return p;
                    }
                    n++;
                    p = next;
                    continue;
                }
                int termBytes = end >>> 3;
                if (ASCII[bytes[p + termBytes] & 0xff] == FoldingTable.SLOW) {
                    size = n;
                    return p;
                }
                out[n++] = TermHash.last(TermHash.START, AsciiWords.prefix(AsciiWords.fold(w, alnum), termBytes), termBytes);
                p += termBytes + 1;
            }
        }
        size = n;
        return p;
    }

    /**
     * A token of eight bytes or more starting at {@code start}: stores its hash at {@code out[n]} and
     * returns the index after its separator, or -1 when {@link #pushBytes} must take it.
     */
    private static int pushLongWord(byte[] bytes, int start, int lastLoad, long[] out, int n) {
        long w = AsciiWords.load(bytes, start);
        long acc = TermHash.round(TermHash.START, AsciiWords.fold(w, AsciiWords.alnum(w)));
        int termBytes = Long.BYTES;
        for (int q = start + Long.BYTES; q <= lastLoad; q += Long.BYTES) {
            w = AsciiWords.load(bytes, q);
            long alnum = AsciiWords.alnum(w);
            int end = Long.numberOfTrailingZeros(~alnum & AsciiWords.HIGH);
            if (end == Long.SIZE) {
                acc = TermHash.round(acc, AsciiWords.fold(w, alnum));
                termBytes += Long.BYTES;
                continue;
            }
            int more = end >>> 3;
            if (ASCII[bytes[q + more] & 0xff] == FoldingTable.SLOW || termBytes + more > MAX) {
                return -1;
            }
            out[n] = TermHash.last(acc, AsciiWords.prefix(AsciiWords.fold(w, alnum), more), termBytes + more);
            return q + more + 1;
        }
        return -1;
    }

    /**
     * One BMP char decoded from {@code bytes[at, at + count)}, its UTF-8 in the text: as {@link #push},
     * and where the char is a letter that folds to itself, the token keeps to its bytes in the text.
     */
    public boolean pushUtf8(byte[] bytes, int at, int count, char c) {
        char f = FoldingTable.FAST[c];
        if (f > FoldingTable.SLOW) {
            sourcedLetter(f, f == c, bytes, at, count);
            return true;
        }
        return push(c);
    }

    /**
     * A letter whose UTF-8 is {@code bytes[at, at + count)} in the text when {@code asIs} (it folds to
     * itself): the token stays hashable from the text's bytes while its letters are such and adjacent.
     */
    private void sourcedLetter(char f, boolean asIs, byte[] bytes, int at, int count) {
        if (length >= MAX) {
            separator();
        }
        if (length == 0) {
            source = bytes;
            sourceStart = asIs ? at : -1;
        } else if (!asIs || sourceEnd != at || source != bytes) {
            sourceStart = -1;
        }
        sourceEnd = at + count;
        term[length++] = f;
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
        } else if (FoldingTable.isSoloAsIs(c)) {
            separator();
            add(TermHash.of(c));
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
     * that only their hashes are kept, as for JSON Lines, and no sink is called per token. Long runs of
     * ASCII (English prose) go to the word loop as bytes; other tokens are packed char by char
     * ({@link #packToken}). After a run too short for the word loop, the next look for one waits a while,
     * twice as long after each short run in a row ({@link #MAX_RUN_BACKOFF}).
     */
    public boolean hashChars(char[] chars, int from, int to) {
        reset();
        int i = from;
        // no look for a run of ASCII before this index, and how far the last short run pushed it
        int nextRunLook = from;
        int backoff = 0;
        while (i < to) {
            char c = chars[i];
            if (length == 0 && i >= nextRunLook && c < 0x80) {
                int run = i;
                while (i < to && chars[i] < 0x80) {
                    i++;
                }
                if (i - run >= MIN_WORDS_RUN) {
                    pushAsciiChars(chars, run, i);
                    backoff = 0;
                    continue;
                }
                backoff = Math.min(2 * backoff + MIN_WORDS_RUN, MAX_RUN_BACKOFF);
                nextRunLook = i + backoff;
                i = run;
            }
            char f = FoldingTable.FAST[c];
            if (f == 0) {
                separator();
                i++;
            } else if (f > FoldingTable.SLOW && length == 0) {
                i = packToken(chars, i, to);
            } else {
                i = general(chars, i, to);
                if (i < 0) {
                    return false;
                }
            }
        }
        end();
        return true;
    }

    /** A run of ASCII chars through {@link #pushJson}, as bytes ({@link #RUN_BYTE}). */
    private void pushAsciiChars(char[] chars, int from, int to) {
        int n = to - from;
        if (encoded.length < n) {
            encoded = new byte[Math.max(n, 2 * encoded.length)];
        }
        byte[] b = encoded;
        for (int k = 0; k < n; k++) {
            b[k] = RUN_BYTE[chars[from + k]];
        }
        pushJson(b, 0, n);
    }

    /**
     * A token of chars that fold with a table load, from {@code chars[start]}, its UTF-8
     * ({@link #FOLDED_UTF8}) packed into words as it is read: the loop of
     * {@link TermHash#of(char[], int, int)} on locals, so that no char is stored and nothing is read twice.
     * Returns the index after it; a token that a char needing more ends, or that reaches {@link #MAX}, is
     * left in {@link #term} for {@link #general} to go on with.
     */
    private int packToken(char[] chars, int start, int to) {
        long acc = TermHash.START;
        long word = 0;
        int shift = 0;
        int words = 0;
        int i = start;
        int folded = FOLDED_UTF8[chars[start]];
        // one bound for the text's end and the length limit, so that the loop tests one index per char
        int end = Math.min(to, start + MAX);
        do {
            long utf8 = folded & 0xFFFFFF;
            int bits = folded >>> 24;
            word |= utf8 << shift;
            shift += bits;
            if (shift >= Long.SIZE) {
                acc = TermHash.round(acc, word);
                words++;
                shift -= Long.SIZE;
                word = utf8 >>> (bits - shift);
            }
            if (++i == end) {
                folded = i < to ? FOLDED_UTF8[chars[i]] : 0;
                break;
            }
            folded = FOLDED_UTF8[chars[i]];
        } while (folded > 0);
        if (i < to && folded != 0) {
            // a char that needs more, or the length limit: the token's chars go on the general way
            length = i - start;
            for (int k = 0; k < length; k++) {
                term[k] = FoldingTable.FAST[chars[start + k]];
            }
            return i;
        }
        add(TermHash.last(acc, word, words * Long.BYTES + (shift >>> 3)));
        return i;
    }

    /** One char (or surrogate pair) the general way, continuing {@link #term}: the index after it, or -1 to give up. */
    private int general(char[] chars, int i, int to) {
        char c = chars[i];
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
            return pushCodePoint(Character.toCodePoint(c, chars[i + 1])) ? i + 2 : -1;
        }
        return push(c) ? i + 1 : -1;
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
            add(TermHash.of(fold[0]));
            return true;
        }
        if (fold.length == 1 && FoldingTable.isMark(fold[0])) {
            if (length > 0 && FoldingTable.compose(term[length - 1], fold[0]) >= 0) {
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

    /**
     * Appends a char without the length check: the low half of a pair may make a token one char longer.
     * The token is no longer where the text has it as it is.
     */
    private void step(char c) {
        term[length++] = c;
        sourceStart = -1;
    }

    private void separator() {
        if (length > 0) {
            add(sourceStart >= 0 ? TermHash.ofUtf8(source, sourceStart, sourceEnd) : TermHash.of(term, 0, length));
            length = 0;
            sourceStart = -1;
        }
    }

    private void add(long hash) {
        ensureCapacity(size + 1);
        hashes[size++] = hash;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.max(capacity, 2 * hashes.length));
        }
    }
}
