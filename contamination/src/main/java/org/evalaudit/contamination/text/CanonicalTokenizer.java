package org.evalaudit.contamination.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical tokenizer, written once. Text is pushed in chunks of chars (a document may arrive in
 * pieces); every completed token goes to a {@link TokenSink} with its folded chars, its
 * {@link TermHash} and its source offsets. The common case (a BMP char with a one-char fold) costs one
 * table load and a store; nothing is allocated per token or per char.
 *
 * <p>Definition:
 * <ol>
 *   <li>each code point c becomes {@code NFKC(c).toLowerCase(Locale.ROOT)} ("ﬁ" becomes "fi", "Ａ"
 *       becomes "a", "²" becomes "2", "İ" becomes "i" + U+0307);
 *   <li>a combining mark right after a letter of the current token composes with it when NFC would
 *       ("e" + U+0301 becomes "é"), otherwise it separates;
 *   <li>a token is a maximal run of folded code points with {@link Character#isLetterOrDigit(int)};
 *       everything else (spaces, line breaks, punctuation, apostrophes, hyphens, symbols) separates;
 *   <li>a capital sigma folded at the end of a token after a cased letter becomes final sigma, as
 *       {@link String#toLowerCase(java.util.Locale)} does;
 *   <li>a token longer than {@link #MAX_TOKEN_CHARS} chars is cut into pieces of that length (Lucene
 *       cannot index longer terms; no natural-language word comes near it).
 * </ol>
 * For text that is already NFKC-normalised this is exactly the reference tokenizer of
 * {@code shared/data/PROVENANCE.md} §4 (lower-case, then maximal runs of Unicode letters and decimal
 * digits). Known simplifications against whole-string NFKC: conjoining Hangul jamo are not composed, and
 * several marks after one letter compose only in canonical order.
 *
 * <p>Not thread-safe: one instance per thread; {@link #reset()} before reusing it for a new text.
 */
public final class CanonicalTokenizer {
    /** Longest token in chars; longer runs are cut into pieces. */
    public static final int MAX_TOKEN_CHARS = 255;

    /** Room for one more surrogate pair past the limit before the token is cut. */
    private final char[] term = new char[MAX_TOKEN_CHARS + 2];
    private int length;
    private int start;
    private int end;
    /** Source offset of the next char pushed. */
    private int offset;
    /** A high surrogate that ended the previous chunk, waiting for its low half. */
    private char pendingHigh;
    /** Index in {@link #term} of a sigma folded from capital sigma, or -1. */
    private int sigmaAt = -1;

    /** Forgets any partial token and restarts offsets at 0. */
    public void reset() {
        length = 0;
        offset = 0;
        pendingHigh = 0;
        sigmaAt = -1;
    }

    /** Source offset of the next char to be pushed (chars pushed since the last reset). */
    public int offset() {
        return offset;
    }

    /** Tokenizes {@code chars[from, to)}, continuing the text pushed before; a token may span chunks. */
    public void push(char[] chars, int from, int to, TokenSink sink) {
        int i = from;
        int pos = offset;
        if (pendingHigh != 0 && i < to) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(chars[i])) {
                supplementary(Character.toCodePoint(high, chars[i]), pos - 1, pos + 1, sink);
                i++;
                pos++;
            } else {
                separator(sink);
            }
        }
        // the common case works on locals, written back to the fields around every call
        char[] t = term;
        int len = length;
        int tokenStart = start;
        int tokenEnd = end;
        for (; i < to; i++, pos++) {
            char f = FoldingTable.FAST[chars[i]];
            if (f > FoldingTable.SLOW) {
                if (len == 0) {
                    tokenStart = pos;
                } else if (len >= MAX_TOKEN_CHARS) {
                    save(len, tokenStart, tokenEnd);
                    emit(sink);
                    len = 0;
                    tokenStart = pos;
                }
                t[len++] = f;
                tokenEnd = pos + 1;
            } else if (f == 0) {
                if (len > 0) {
                    save(len, tokenStart, tokenEnd);
                    emit(sink);
                    len = 0;
                }
            } else {
                save(len, tokenStart, tokenEnd);
                int consumed = slow(chars, i, to, pos, sink);
                i += consumed;
                pos += consumed;
                len = length;
                tokenStart = start;
                tokenEnd = end;
            }
        }
        save(len, tokenStart, tokenEnd);
        offset = pos;
    }

    private void save(int len, int tokenStart, int tokenEnd) {
        length = len;
        start = tokenStart;
        end = tokenEnd;
    }

    /** One char that needs more than a table load; returns how many extra chars it consumed (0 or 1). */
    private int slow(char[] chars, int i, int to, int pos, TokenSink sink) {
        char c = chars[i];
        if (Character.isHighSurrogate(c)) {
            if (i + 1 == to) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(chars[i + 1])) {
                supplementary(Character.toCodePoint(c, chars[i + 1]), pos, pos + 2, sink);
                return 1;
            } else {
                separator(sink);
            }
        } else if (c == FoldingTable.CAPITAL_SIGMA) {
            letter('\u03c3', pos, pos + 1, sink);
            sigmaAt = length - 1;
        } else if (Character.isLowSurrogate(c)) {
            separator(sink);
        } else if (FoldingTable.isSoloAsIs(c)) {
            separator(sink);
            letter(c, pos, pos + 1, sink);
            separator(sink);
        } else {
            folded(FoldingTable.expansion(c), pos, pos + 1, sink);
        }
        return 0;
    }

    /** Ends the text: emits the last token, if any. Call {@link #reset()} before the next text. */
    public void end(TokenSink sink) {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            separator(sink);
        }
        if (length > 0) {
            emit(sink);
        }
    }

    private void supplementary(int codePoint, int srcStart, int srcEnd, TokenSink sink) {
        char[] fold = FoldingTable.supplementary(codePoint);
        if (fold != null) {
            folded(fold, srcStart, srcEnd, sink);
        } else {
            foldedCodePoint(codePoint, srcStart, srcEnd, sink);
        }
    }

    /** Feeds the folded code points of one source code point spanning {@code [srcStart, srcEnd)}. */
    private void folded(char[] fold, int srcStart, int srcEnd, TokenSink sink) {
        for (int k = 0; k < fold.length; ) {
            int cp = Character.codePointAt(fold, k);
            foldedCodePoint(cp, srcStart, srcEnd, sink);
            k += Character.charCount(cp);
        }
    }

    private void foldedCodePoint(int cp, int srcStart, int srcEnd, TokenSink sink) {
        if (Character.isLetterOrDigit(cp)) {
            boolean solo = FoldingTable.isSolo(cp);
            if (solo) {
                separator(sink);
            }
            if (Character.isBmpCodePoint(cp)) {
                letter((char) cp, srcStart, srcEnd, sink);
            } else {
                letter(Character.highSurrogate(cp), srcStart, srcEnd, sink);
                term[length++] = Character.lowSurrogate(cp);
            }
            if (solo) {
                separator(sink);
            }
        } else if (length > 0 && FoldingTable.isMark(cp)) {
            int composed = FoldingTable.compose(term[length - 1], cp);
            if (composed >= 0) {
                term[length - 1] = (char) composed;
                end = srcEnd;
                if (sigmaAt == length - 1) {
                    sigmaAt = -1;
                }
            } else {
                emit(sink);
            }
        } else {
            separator(sink);
        }
    }

    private void letter(char c, int srcStart, int srcEnd, TokenSink sink) {
        if (length == 0) {
            start = srcStart;
        } else if (length >= MAX_TOKEN_CHARS) {
            emit(sink);
            start = srcStart;
        }
        term[length++] = c;
        end = srcEnd;
    }

    private void separator(TokenSink sink) {
        if (length > 0) {
            emit(sink);
        }
    }

    private void emit(TokenSink sink) {
        if (sigmaAt >= 0) {
            if (sigmaAt == length - 1 && length > 1 && isCased(term[length - 2])) {
                term[sigmaAt] = '\u03c2';
            }
            sigmaAt = -1;
        }
        sink.token(term, length, TermHash.of(term, 0, length), start, end);
        length = 0;
    }

    private static boolean isCased(char c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** The tokens of {@code text} as strings: for tests, items and reports, not for the hot path. */
    public static List<String> tokens(CharSequence text) {
        List<String> out = new ArrayList<>();
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        char[] chars = text.toString().toCharArray();
        TokenSink sink = (term, length, hash, start, end) -> out.add(new String(term, 0, length));
        tokenizer.push(chars, 0, chars.length, sink);
        tokenizer.end(sink);
        return out;
    }
}
