/**
 * The canonical tokenizer: the one definition of a word token that every contamination method, the
 * in-memory scanner and the persistent Lucene index share, so that a scan and an index query can never
 * disagree about what a token is.
 *
 * <p>Definition (see {@link org.evalaudit.contamination.text.CanonicalTokenizer}): each code point is
 * folded to {@code NFKC(c).toLowerCase(Locale.ROOT)}, a combining mark composes with the letter before it
 * as NFC would, and a token is a maximal run of folded code points for which
 * {@link java.lang.Character#isLetterOrDigit(int)} holds. Everything else separates tokens. On text that
 * needs no NFKC folding this is exactly the reference tokenizer of {@code shared/data/PROVENANCE.md} §4.
 *
 * <p>Exposed twice over one core: {@link org.evalaudit.contamination.text.CanonicalTokenizer#push} is the
 * allocation-free path (char arrays in; folded terms, offsets and 64-bit term hashes out), and
 * {@link org.evalaudit.contamination.text.CanonicalAnalyzer} wraps the same core as a Lucene analyzer.
 * {@link org.evalaudit.contamination.text.HashTokenizer} is the scanner's reduction of it to term hashes
 * only, taken straight from UTF-8 bytes (ASCII words eight bytes at a time, {@code AsciiWords}); tests
 * hold it equal to the canonical tokenizer. A term's hash ({@link org.evalaudit.contamination.text.TermHash})
 * is a function of its UTF-8 bytes.
 */
package org.evalaudit.contamination.text;
