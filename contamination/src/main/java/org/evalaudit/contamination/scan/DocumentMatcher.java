package org.evalaudit.contamination.scan;

import it.unimi.dsi.fastutil.longs.LongArrays;
import java.io.IOException;
import java.util.function.IntConsumer;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.corpus.JsonlRecord;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.NgramTable;
import org.evalaudit.contamination.ngram.Posting;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.HashTokenizer;

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
 * <p>Boilerplate: an n-gram (or short question) shared by at least {@link #BOILERPLATE_ITEMS} different
 * items is a template ("which of the following is the most appropriate"; exact copies of one item count
 * once); a match that only such n-grams led to is marked not counted.
 *
 * <p>Not thread-safe: one matcher per thread.
 */
public final class DocumentMatcher {
    /** Largest edit bridged, in tokens skipped on the item side or the document side. */
    public static final int GAP = 3;
    /** An n-gram in this many different items (exact copies of an item counting once) is boilerplate. */
    public static final int BOILERPLATE_ITEMS = 3;
    /** Llama 2's contamination spans: at least 10 tokens ... */
    public static final int LLAMA_MIN_SPAN = 10;
    /** ... with at most 4 skipped tokens (Touvron et al. 2023, Llama 2, appendix A.6). */
    public static final int LLAMA_SKIPS = 4;
    /** Shortest run that re-seeds the question next to a counted match. */
    public static final int LOCAL_SEED = 4;

    private static final int N = ItemIndex.N;
    private static final int S = ItemIndex.SHORT_MIN;

    private final ItemIndex index;
    private final CanonicalTokenizer tokenizer = new CanonicalTokenizer();
    private final HashTokenizer hasher = new HashTokenizer();
    private final NgramProbe probe;
    private final DocTokens doc = new DocTokens();
    /** Low 32 bits of the document's term hashes, filled only when a document needs verifying. */
    private int[] low = new int[4096];
    /** Tokens of the document (window) being scanned: the valid part of {@link #low}. */
    private int tokens;

    public DocumentMatcher(ItemIndex index) {
        this.index = index;
        this.probe = new NgramProbe(index);
    }

    /** Receives the evidence of one document, item by item. */
    @FunctionalInterface
    public interface Sink {
        void match(ItemDocMatch match);
    }

    /** Scans {@code text[from, from + length)}, one document or window, and reports every item match. */
    public void scan(DocRef ref, char[] text, int from, int length, Sink sink) {
        long[] hashes;
        int n;
        if (hasher.hashChars(text, from, from + length)) {
            hashes = hasher.hashes();
            n = hasher.size();
        } else {
            probe.clear();
            tokenizer.reset();
            tokenizer.push(text, from, from + length, probe);
            tokenizer.end(probe);
            hashes = probe.hashes;
            n = probe.size;
        }
        probe.probe(hashes, n);
        tokens = n;
        if (probe.candidates > 0) {
            if (low.length < n) {
                low = new int[Math.max(n, 2 * low.length)];
            }
            for (int k = 0; k < n; k++) {
                low[k] = (int) hashes[k];
            }
            verify(ref, text, from, length, sink);
        }
    }

    /**
     * Scans a JSON Lines record, reporting what {@link #scan(DocRef, char[], int, int, Sink)} reports for
     * its decoded text (whole, or window by window when longer than the format's window), and the length
     * in chars of each window scanned to {@code scanned}. The term hashes, taken from the text's UTF-8
     * bytes while the record was parsed ({@link JsonlRecord#termHashes}), are probed; only a record of
     * which some n-gram is in the item tables (or that the hash path leaves to the canonical tokenizer) is
     * decoded and scanned from its chars. That gives the same evidence by construction: {@code scan}
     * reports only seeds whose n-gram is in a table, so a record with none has no evidence.
     */
    public void scan(JsonlRecord record, Sink sink, IntConsumer scanned) throws IOException {
        HashTokenizer terms = record.termHashes();
        if (terms != null) {
            probe.probe(terms.hashes(), terms.size());
            if (!anyInTables()) {
                scanned.accept(record.hashedChars());
                return;
            }
        }
        record.decode((ref, text, from, windowLength) -> {
            scan(ref, text, from, windowLength, sink);
            scanned.accept(windowLength);
        });
    }

    private boolean anyInTables() {
        for (int c = 0; c < probe.candidates; c++) {
            NgramTable table = probe.candidateShort[c] ? index.shortTable() : index.table();
            if (table.range(probe.candidateKey[c]) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ----------------------------------------------------------------------------------- rare path

    private void verify(DocRef ref, char[] text, int from, int textLength, Sink sink) {
        SeedHits hits = new SeedHits();
        for (int c = 0; c < probe.candidates; c++) {
            boolean isShort = probe.candidateShort[c];
            NgramTable table = isShort ? index.shortTable() : index.table();
            int length = isShort ? S : N;
            int docPos = probe.candidatePos[c];
            long range = table.range(probe.candidateKey[c]);
            if (range < 0) {
                continue;
            }
            for (int k = (int) (range >>> 32), end = (int) range; k < end; k++) {
                long posting = table.posting(k);
                int item = Posting.item(posting);
                int field = Posting.field(posting);
                int pos = Posting.position(posting);
                if (equalRun(index.text(item).fields()[field], pos, docPos, length)) {
                    int frequency = table.itemFrequency(k);
                    boolean boilerplate = frequency - (index.copies(item) - 1) >= BOILERPLATE_ITEMS;
                    long key = isShort ? -1 - (range >>> 32) : range >>> 32;
                    hits.add(item, field, pos, docPos, length, boilerplate, key);
                }
            }
        }
        if (hits.size == 0) {
            return;
        }
        doc.clear();
        tokenizer.reset();
        tokenizer.push(text, from, from + textLength, doc);
        tokenizer.end(doc);
        long[] order = new long[hits.size];
        long[] which = new long[hits.size];
        for (int i = 0; i < hits.size; i++) {
            order[i] = ((long) hits.item[i] << 32) | hits.docPos[i];
            which[i] = i;
        }
        LongArrays.radixSort(order, which);
        int i = 0;
        while (i < hits.size) {
            int item = hits.item[(int) which[i]];
            int j = i;
            while (j < hits.size && hits.item[(int) which[j]] == item) {
                j++;
            }
            sink.match(new ItemAlignment(index, doc, low, ref, text, from, item, hits, which, i, j, doc.letters,
                    doc.lettersLength).result());
            i = j;
        }
    }

    private boolean equalRun(int[] field, int pos, int docPos, int length) {
        if (pos + length > field.length || docPos + length > tokens) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (field[pos + k] != low[docPos + k]) {
                return false;
            }
        }
        return true;
    }
}
