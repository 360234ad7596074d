package org.evalaudit.contamination.scan;

import it.unimi.dsi.fastutil.longs.LongArrays;
import java.util.Arrays;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.BlockedBloom;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.NgramHash;
import org.evalaudit.contamination.ngram.NgramTable;
import org.evalaudit.contamination.ngram.Posting;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.TokenSink;

/**
 * Finds the items a document contains. Hot path (every document): tokenize, roll the 8-gram (and
 * 5-token short-key) hashes, probe the Bloom filters; nothing is allocated. Rare path (a document that
 * shares an n-gram with an item): verify the seed tokens, then align the item against the document.
 *
 * <p>Alignment, per seed: extend the verbatim run both ways, then keep extending across small edits:
 * after a mismatch, skip up to {@link #GAP} tokens on either side (substitution, insertion or deletion)
 * if the next two item tokens match the next two document tokens. This measures the match against the
 * item, so a re-wrapped, lightly paraphrased or partly quoted item is still measured whole. Choices are
 * then looked for in order right after the question; the answer counts as leaked when an answer cue
 * ("answer", "response", "correct", "solution", "key", "ans") in the region after the question is
 * followed within 3 tokens by the gold letter written as a capital, the gold option's number (1 or "one"
 * for A), or the gold choice's text; a
 * free-form gold answer counts when it occurs verbatim within {@code 3 * length + 40} tokens after the
 * question (a one-token gold needs the cue too).
 *
 * <p>Boilerplate: an n-gram shared by at least {@link #BOILERPLATE_ITEMS} items, and by more items than
 * the item's own most distinctive n-gram, is a template ("which of the following is the most
 * appropriate"); a match that only such n-grams led to is marked not counted.
 *
 * <p>Not thread-safe: one matcher per thread.
 */
public final class DocumentMatcher {
    /** Largest edit bridged, in tokens skipped on the item side or the document side. */
    public static final int GAP = 3;
    /** An n-gram in this many items (and more than the item's most distinctive one) is boilerplate. */
    public static final int BOILERPLATE_ITEMS = 3;
    /** Llama 2's contamination spans: at least 10 tokens ... */
    public static final int LLAMA_MIN_SPAN = 10;
    /** ... with at most 4 skipped tokens (Touvron et al. 2023, Llama 2, appendix A.6). */
    public static final int LLAMA_SKIPS = 4;
    /** Shortest run that re-seeds the question next to a counted match. */
    public static final int LOCAL_SEED = 4;

    private static final int N = ItemIndex.N;
    private static final int S = ItemIndex.SHORT_MIN;
    private static final long WEIGHT_N = NgramHash.outgoingWeight(N + 1);
    private static final long WEIGHT_S = NgramHash.outgoingWeight(S + 1);

    private final ItemIndex index;
    private final CanonicalTokenizer tokenizer = new CanonicalTokenizer();
    private final DocTokens doc = new DocTokens() {
        @Override
        void probe(long term, int k) {
            probeToken(term, k);
        }
    };
    private final BlockedBloom bloom;
    private final BlockedBloom shortBloom;
    private final boolean shortKeys;
    private long rolling;
    private long rollingShort;
    /** Low 32 bits of the document's term hashes, filled only when a document needs verifying. */
    private int[] low = new int[4096];
    private long[] candidateKey = new long[64];
    private int[] candidatePos = new int[64];
    private boolean[] candidateShort = new boolean[64];
    private int candidates;
    private long bytesScanned;

    public DocumentMatcher(ItemIndex index) {
        this.index = index;
        this.bloom = index.bloom();
        this.shortBloom = index.shortBloom();
        this.shortKeys = index.hasShortKeys();
    }

    /** Receives the evidence of one document, item by item. */
    @FunctionalInterface
    public interface Sink {
        void match(ItemDocMatch match);
    }

    /** Chars tokenized by this matcher so far. */
    public long charsScanned() {
        return bytesScanned;
    }

    /** Scans {@code text[from, from + length)}, one document or window, and reports every item match. */
    public void scan(DocRef ref, char[] text, int from, int length, Sink sink) {
        bytesScanned += length;
        doc.clear();
        candidates = 0;
        rolling = 0;
        rollingShort = 0;
        tokenizer.reset();
        tokenizer.push(text, from, from + length, doc);
        tokenizer.end(doc);
        if (candidates > 0) {
            if (low.length < doc.size) {
                low = new int[Math.max(doc.size, 2 * low.length)];
            }
            for (int k = 0; k < doc.size; k++) {
                low[k] = (int) doc.hashes[k];
            }
            verify(ref, text, from, sink);
        }
    }

    /** Rolls the n-gram hashes ending at token {@code k} and keeps the positions the Bloom filters pass. */
    private void probeToken(long term, int k) {
        long h = rolling * NgramHash.P + term;
        if (k >= N) {
            h -= doc.hashes[k - N] * WEIGHT_N;
        }
        rolling = h;
        if (k >= N - 1 && bloom.mightContain(h)) {
            addCandidate(h, k - N + 1, false);
        }
        if (shortKeys) {
            long hs = rollingShort * NgramHash.P + term;
            if (k >= S) {
                hs -= doc.hashes[k - S] * WEIGHT_S;
            }
            rollingShort = hs;
            if (k >= S - 1 && shortBloom.mightContain(hs)) {
                addCandidate(hs, k - S + 1, true);
            }
        }
    }

    private void addCandidate(long key, int pos, boolean isShort) {
        if (candidates == candidateKey.length) {
            candidateKey = Arrays.copyOf(candidateKey, candidates * 2);
            candidatePos = Arrays.copyOf(candidatePos, candidates * 2);
            candidateShort = Arrays.copyOf(candidateShort, candidates * 2);
        }
        candidateKey[candidates] = key;
        candidatePos[candidates] = pos;
        candidateShort[candidates] = isShort;
        candidates++;
    }

    // ----------------------------------------------------------------------------------- rare path

    private void verify(DocRef ref, char[] text, int from, Sink sink) {
        SeedHits hits = new SeedHits();
        for (int c = 0; c < candidates; c++) {
            NgramTable table = candidateShort[c] ? index.shortTable() : index.table();
            int length = candidateShort[c] ? S : N;
            long range = table.range(candidateKey[c]);
            if (range < 0) {
                continue;
            }
            for (int k = (int) (range >>> 32), end = (int) range; k < end; k++) {
                long posting = table.posting(k);
                int item = Posting.item(posting);
                int field = Posting.field(posting);
                int pos = Posting.position(posting);
                if (equalRun(index.text(item).fields()[field], pos, candidatePos[c], length)) {
                    int frequency = table.itemFrequency(k);
                    boolean boilerplate = frequency >= BOILERPLATE_ITEMS && frequency > index.minItemFrequency(item);
                    long key = candidateShort[c] ? -1 - (range >>> 32) : range >>> 32;
                    hits.add(item, field, pos, candidatePos[c], length, boilerplate, key);
                }
            }
        }
        if (hits.size == 0) {
            return;
        }
        long[] order = new long[hits.size];
        long[] which = new long[hits.size];
        for (int i = 0; i < hits.size; i++) {
            order[i] = ((long) hits.item[i] << 32) | hits.docPos[i];
            which[i] = i;
        }
        LongArrays.radixSort(order, which);
        char[] letters = null;
        int lettersLength = 0;
        int i = 0;
        while (i < hits.size) {
            int item = hits.item[(int) which[i]];
            int j = i;
            while (j < hits.size && hits.item[(int) which[j]] == item) {
                j++;
            }
            if (letters == null) {
                Letters collected = new Letters();
                CanonicalTokenizer t = new CanonicalTokenizer();
                t.push(text, from, from + doc.tokenEndChar(), collected);
                t.end(collected);
                letters = collected.chars;
                lettersLength = collected.length;
            }
            sink.match(new ItemAlignment(index, doc, low, ref, text, from, item, hits, which, i, j, letters, lettersLength)
                    .result());
            i = j;
        }
    }

    private boolean equalRun(int[] field, int pos, int docPos, int length) {
        if (pos + length > field.length || docPos + length > doc.size) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (field[pos + k] != low[docPos + k]) {
                return false;
            }
        }
        return true;
    }

    /** The folded letters and digits of a document, for the gpt4 preset's substring test. */
    private static final class Letters implements TokenSink {
        char[] chars = new char[4096];
        int length;

        @Override
        public void token(char[] term, int termLength, long hash, int start, int end) {
            if (length + termLength > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + termLength));
            }
            System.arraycopy(term, 0, chars, length, termLength);
            length += termLength;
        }
    }

}
