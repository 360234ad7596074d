package org.evalaudit.contamination.scan;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.TreeSet;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.ItemText;
import org.evalaudit.contamination.ngram.NgramHash;
import org.evalaudit.contamination.text.TermHash;
import org.evalaudit.core.model.Item;

/**
 * Aligns one item against one document from the item's verified seed hits and measures the match:
 * the edit-tolerant chains, question and choice coverage, verbatim runs, PaLM 8-gram and Llama 2 span
 * coverage, answer leakage and the GPT-4 substring test. The rules are described on
 * {@link DocumentMatcher}; one instance per (item, document).
 */
final class ItemAlignment {
    private static final int N = ItemIndex.N;
    private static final int GAP = DocumentMatcher.GAP;
    private static final int LOCAL_SEED = DocumentMatcher.LOCAL_SEED;
    private static final int LLAMA_MIN_SPAN = DocumentMatcher.LLAMA_MIN_SPAN;
    private static final int LLAMA_SKIPS = DocumentMatcher.LLAMA_SKIPS;
    private static final int SNIPPET_CHARS = 240;
    /**
     * Tokens either side of a match in its context fingerprint: enough that a stock phrase in two
     * different pages has two fingerprints, while copies of one page share theirs.
     */
    static final int CONTEXT_TOKENS = 16;
    private static final int[] OPTION_NUMBERS = cues("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    private static final int[] OPTION_DIGITS = cues("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    /** Answer cues; "答" begins the Chinese and Japanese words for answer (答案, 答え, 解答 ends in it too). */
    private static final int[] CUES = cues("answer", "answers", "response", "correct", "solution", "key", "ans", "答");

    private final ItemIndex index;
    private final DocTokens doc;
    private final int[] low;
    private final DocRef ref;
    private final char[] text;
    private final int from;
    private final int item;
    private final ItemText itemText;
    private final int[][] fields;
    private final boolean[][] matched;
    private final int[] tokenSlot;
    private final int[] gramSlot;
    private final BitSet grams = new BitSet();
    private final BitSet llama = new BitSet();
    /** Runs found so far: field, item position, document position, length. */
    private int[] runs = new int[32];
    private int runCount;
    private boolean anyCounted;
    private int longestVerbatim;
    private int longestMatch;
    private boolean wholeQuestion;
    private int questionEnd = -1;
    private int regionStart = Integer.MAX_VALUE;
    private int regionEnd = -1;
    /** Where the choice block would end if every choice were there: the answer may follow it. */
    private int choiceBlockEnd = -1;
    private int[] spans = new int[8];
    private int spanCount;
    private int numberConflicts;
    private final boolean substringHit;
    private final long[] seedKeys;

    ItemAlignment(ItemIndex index, DocTokens doc, int[] low, DocRef ref, char[] text, int from, int item,
                  SeedHits hits, long[] which, int first, int last, char[] letters, int lettersLength) {
        this.index = index;
        this.doc = doc;
        this.low = low;
        this.ref = ref;
        this.text = text;
        this.from = from;
        this.item = item;
        this.itemText = index.text(item);
        this.fields = itemText.fields();
        this.matched = new boolean[fields.length][];
        this.tokenSlot = new int[fields.length];
        this.gramSlot = new int[fields.length];
        int tokens = 0;
        int grams8 = 0;
        for (int f = 0; f < fields.length; f++) {
            matched[f] = new boolean[fields[f].length];
            tokenSlot[f] = tokens;
            gramSlot[f] = grams8;
            tokens += fields[f].length;
            grams8 += Math.max(0, fields[f].length - N + 1);
        }
        TreeSet<Long> keys = new TreeSet<>();
        for (int h = first; h < last; h++) {
            int hit = (int) which[h];
            if (!hits.boilerplate[hit]) {
                keys.add(hits.key[hit]);
            }
        }
        this.seedKeys = keys.stream().mapToLong(Long::longValue).toArray();
        // counted seeds first, so that a template seed inside a real match joins a counted chain
        for (int pass = 0; pass < 2; pass++) {
            for (int h = first; h < last; h++) {
                int hit = (int) which[h];
                if (hits.boilerplate[hit] == (pass == 0)) {
                    continue;
                }
                if (!onKnownRun(hits.field[hit], hits.pos[hit], hits.docPos[hit])) {
                    chain(hits.field[hit], hits.pos[hit], hits.docPos[hit], hits.length[hit], !hits.boilerplate[hit]);
                }
            }
        }
        if (anyCounted) {
            localQuestionSeeds();
            alignChoices();
        }
        this.substringHit = anyCounted && substring(letters, lettersLength);
    }

    private boolean onKnownRun(int field, int pos, int docPos) {
        for (int r = 0; r < runCount; r++) {
            int o = 4 * r;
            if (runs[o] == field && pos >= runs[o + 1] && pos < runs[o + 1] + runs[o + 3]
                    && pos - runs[o + 1] == docPos - runs[o + 2]) {
                return true;
            }
        }
        return false;
    }

    /** Builds the edit-tolerant chain through one seed and records what it matches. */
    private void chain(int field, int seedPos, int seedDocPos, int seedLength, boolean counted) {
        int[] f = fields[field];
        int[] d = low;
        int n = doc.size;
        int p = seedPos;
        int q = seedDocPos;
        int len = seedLength;
        while (p > 0 && q > 0 && f[p - 1] == d[q - 1]) {
            p--;
            q--;
            len++;
        }
        while (p + len < f.length && q + len < n && f[p + len] == d[q + len]) {
            len++;
        }
        int[] chainRuns = new int[] {p, q, len};
        int count = 1;
        // right across edits
        int pe = p + len;
        int qe = q + len;
        while (pe < f.length) {
            long next = resync(f, d, n, pe, qe, true);
            if (next < 0) {
                break;
            }
            int pi = (int) (next >>> 32);
            int qi = (int) next;
            noteNumberConflict(field, pe, pi, qe, qi, counted);
            int l = 0;
            while (pi + l < f.length && qi + l < n && f[pi + l] == d[qi + l]) {
                l++;
            }
            chainRuns = append(chainRuns, count++, pi, qi, l);
            pe = pi + l;
            qe = qi + l;
        }
        // left across edits
        int ps = p;
        int qs = q;
        while (ps > 0) {
            long next = resync(f, d, n, ps, qs, false);
            if (next < 0) {
                break;
            }
            int pi = (int) (next >>> 32);
            int qi = (int) next;
            noteNumberConflict(field, pi + 1, ps, qi + 1, qs, counted);
            int l = 0;
            while (pi - l >= 0 && qi - l >= 0 && f[pi - l] == d[qi - l]) {
                l++;
            }
            chainRuns = append(chainRuns, count++, pi - l + 1, qi - l + 1, l);
            ps = pi - l + 1;
            qs = qi - l + 1;
        }
        record(field, sortRuns(chainRuns, count), count, counted);
    }

    /**
     * An edit that replaces a number of the item by another number ("80 crates" where the item says
     * "81 crates") makes the document hold a sibling of the item, not the item: arithmetic templates
     * differ only there. A number written as a word ("twelve" for "12") is no conflict.
     */
    private void noteNumberConflict(int field, int itemFrom, int itemTo, int docFrom, int docTo, boolean counted) {
        if (!counted) {
            return;
        }
        boolean itemNumber = false;
        for (int p = itemFrom; p < itemTo && !itemNumber; p++) {
            itemNumber = itemText.isNumber(field, p);
        }
        if (!itemNumber) {
            return;
        }
        for (int q = docFrom; q < docTo; q++) {
            for (int c = doc.start[q]; c < doc.end[q]; c++) {
                if (Character.isDigit(text[from + c])) {
                    numberConflicts++;
                    return;
                }
            }
        }
    }

    /**
     * The nearest (item, document) position past an edit where two tokens match again, as
     * {@code itemPos << 32 | docPos}, or -1. Nearest: fewest tokens skipped, then the most even skip.
     */
    private long resync(int[] f, int[] d, int n, int pe, int qe, boolean right) {
        for (int s = 1; s <= 2 * GAP; s++) {
            long best = -1;
            int bestSkew = Integer.MAX_VALUE;
            for (int a = Math.max(0, s - GAP); a <= Math.min(GAP, s); a++) {
                int b = s - a;
                int pi = right ? pe + a : pe - 1 - a;
                int qi = right ? qe + b : qe - 1 - b;
                if (pi < 0 || qi < 0 || pi >= f.length || qi >= n || f[pi] != d[qi]) {
                    continue;
                }
                int pn = right ? pi + 1 : pi - 1;
                int qn = right ? qi + 1 : qi - 1;
                boolean edge = right ? pn == f.length : pn < 0;
                boolean anchored = edge || (qn >= 0 && qn < n && f[pn] == d[qn]);
                if (anchored && Math.abs(a - b) < bestSkew) {
                    bestSkew = Math.abs(a - b);
                    best = ((long) pi << 32) | qi;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    private int[] append(int[] chainRuns, int count, int p, int q, int len) {
        int[] out = chainRuns.length >= 3 * (count + 1) ? chainRuns : Arrays.copyOf(chainRuns, 3 * (count + 1) * 2);
        out[3 * count] = p;
        out[3 * count + 1] = q;
        out[3 * count + 2] = len;
        return out;
    }

    private int[] sortRuns(int[] chainRuns, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(chainRuns[3 * x], chainRuns[3 * y]));
        int[] out = new int[3 * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(chainRuns, 3 * order[i], out, 3 * i, 3);
        }
        return out;
    }

    private void record(int field, int[] chainRuns, int count, boolean counted) {
        int chainMatched = 0;
        int docFirst = Integer.MAX_VALUE;
        int docLast = -1;
        for (int r = 0; r < count; r++) {
            int p = chainRuns[3 * r];
            int q = chainRuns[3 * r + 1];
            int len = chainRuns[3 * r + 2];
            chainMatched += len;
            longestVerbatim = Math.max(longestVerbatim, len);
            docFirst = Math.min(docFirst, q);
            docLast = Math.max(docLast, q + len);
            if (runCount * 4 + 4 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[4 * runCount] = field;
            runs[4 * runCount + 1] = p;
            runs[4 * runCount + 2] = q;
            runs[4 * runCount + 3] = len;
            runCount++;
            if (len >= N) {
                grams.set(gramSlot[field] + p, gramSlot[field] + p + len - N + 1);
            }
            if (counted) {
                Arrays.fill(matched[field], p, p + len, true);
            }
        }
        if (field == 0 && count == 1 && chainRuns[0] == 0 && chainRuns[2] == fields[0].length) {
            wholeQuestion = true;
        }
        markLlamaSpans(field, chainRuns, count);
        if (counted) {
            anyCounted = true;
            longestMatch = Math.max(longestMatch, chainMatched);
            if (field == 0) {
                questionEnd = Math.max(questionEnd, docLast);
            }
            regionStart = Math.min(regionStart, docFirst);
            regionEnd = Math.max(regionEnd, docLast);
            addSpan(doc.start[docFirst], doc.end[docLast - 1]);
        }
    }

    /** Marks item tokens inside spans of at least 10 tokens with at most 4 skipped (llama2). */
    private void markLlamaSpans(int field, int[] chainRuns, int count) {
        for (int s = 0; s < count; s++) {
            int skipped = 0;
            for (int e = s; e < count; e++) {
                if (e > s) {
                    int itemGap = chainRuns[3 * e] - (chainRuns[3 * (e - 1)] + chainRuns[3 * (e - 1) + 2]);
                    int docGap = chainRuns[3 * e + 1] - (chainRuns[3 * (e - 1) + 1] + chainRuns[3 * (e - 1) + 2]);
                    skipped += Math.max(Math.max(itemGap, docGap), 0);
                    if (skipped > LLAMA_SKIPS) {
                        break;
                    }
                }
                int spanStart = chainRuns[3 * s];
                int spanEnd = chainRuns[3 * e] + chainRuns[3 * e + 2];
                if (spanEnd - spanStart >= LLAMA_MIN_SPAN) {
                    llama.set(tokenSlot[field] + spanStart, tokenSlot[field] + spanEnd);
                }
            }
        }
    }

    private void addSpan(int start, int end) {
        if (spanCount + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[spanCount++] = start;
        spans[spanCount++] = end;
    }

    /**
     * Re-seeds the question near a counted match with shorter runs ({@link #LOCAL_SEED} tokens): a
     * paraphrase can leave no 8-gram of the question intact while its choices still matched, and
     * two nearby edits stop a chain. Only runs not already aligned are tried.
     */
    private void localQuestionSeeds() {
        int[] q = fields[0];
        if (q.length < LOCAL_SEED) {
            return;
        }
        int from = Math.max(0, regionStart - q.length - 2 * GAP);
        int to = Math.min(doc.size, regionEnd + q.length + 2 * GAP);
        int[] d = low;
        for (int x = from; x < to; x++) {
            for (int y = 0; y < q.length; y++) {
                if (q[y] != d[x] || (x > 0 && y > 0 && q[y - 1] == d[x - 1])) {
                    continue;
                }
                int len = 0;
                while (y + len < q.length && x + len < doc.size && q[y + len] == d[x + len]) {
                    len++;
                }
                if (len >= LOCAL_SEED && !matched[0][y] && !onKnownRun(0, y, x)) {
                    chain(0, y, x, len, true);
                }
            }
        }
    }

    /** Looks for the choices, in order, right after the question. */
    private void alignChoices() {
        int anchor = questionEnd >= 0 ? questionEnd : regionEnd;
        int total = 0;
        for (int c = 1; c <= itemText.choices(); c++) {
            total += fields[c].length + 3;
        }
        int limit = Math.min(doc.size, anchor + total + 8);
        choiceBlockEnd = limit;
        int cursor = anchor;
        for (int c = 1; c <= itemText.choices(); c++) {
            int[] choice = fields[c];
            if (choice.length == 0) {
                continue;
            }
            for (int x = cursor; x + choice.length <= limit; x++) {
                if (equalRun(choice, 0, x, choice.length)) {
                    Arrays.fill(matched[c], true);
                    cursor = x + choice.length;
                    regionEnd = Math.max(regionEnd, cursor);
                    break;
                }
            }
        }
    }

    private boolean answerLeaked() {
        if (!anyCounted) {
            return false;
        }
        int afterQuestion = questionEnd >= 0 ? questionEnd : regionEnd;
        Item it = index.item(item);
        if (itemText.answerField() >= 0) {
            return freeFormAnswer(afterQuestion, fields[itemText.answerField()]);
        }
        int gold = it.goldIndex();
        if (gold < 0) {
            return false;
        }
        int[] goldChoice = fields[gold + 1];
        int end = Math.min(doc.size, Math.max(regionEnd, choiceBlockEnd) + 12);
        int relabelled = labelInDocument(goldChoice, afterQuestion, end);
        int letter = relabelled != 0 ? relabelled : (int) TermHash.of(Item.letter(gold).toLowerCase(Locale.ROOT));
        for (int x = afterQuestion; x < end; x++) {
            if (!isCue(low[x])) {
                continue;
            }
            for (int y = x + 1; y <= x + 3 && y < doc.size; y++) {
                boolean capitalLetter = low[y] == letter && isCapitalLetter(y);
                boolean number = gold < OPTION_NUMBERS.length
                        && (low[y] == OPTION_NUMBERS[gold] || low[y] == OPTION_DIGITS[gold]);
                if (capitalLetter || number || (goldChoice.length > 0 && equalRun(goldChoice, 0, y, goldChoice.length))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The letter the document itself gives the gold choice ("B. Paris" where the benchmark has "A. Paris"),
     * or 0 when the gold choice's text is not there as a whole choice (behind a capital letter, and followed
     * by the next letter, an answer cue or the end, so that "A. Paris, Texas" is not Paris): a page that
     * shuffles the choices answers with its own letters, so "Answer: B" leaks the gold there and
     * "Answer: A" does not.
     */
    private int labelInDocument(int[] goldChoice, int start, int stop) {
        if (goldChoice.length == 0) {
            return 0;
        }
        for (int x = Math.max(start, 1); x + goldChoice.length <= stop; x++) {
            int after = x + goldChoice.length;
            boolean wholeChoice = after >= doc.size || isCapitalLetter(after) || isCue(low[after]);
            if (isCapitalLetter(x - 1) && text[from + doc.start[x - 1]] - 'A' < itemText.choices()
                    && equalRun(goldChoice, 0, x, goldChoice.length) && wholeChoice) {
                return low[x - 1];
            }
        }
        return 0;
    }

    /** Whether document token {@code y} is a single capital letter in the text ("B", not "b" or "Be"). */
    private boolean isCapitalLetter(int y) {
        return doc.end[y] - doc.start[y] == 1 && Character.isUpperCase(text[from + doc.start[y]]);
    }

    private boolean freeFormAnswer(int afterQuestion, int[] gold) {
        if (gold.length == 0 || afterQuestion < 0) {
            return false;
        }
        int end = Math.min(doc.size, afterQuestion + 3 * gold.length + 40);
        for (int x = afterQuestion; x + gold.length <= end; x++) {
            if (equalRun(gold, 0, x, gold.length)) {
                if (gold.length > 1) {
                    return true;
                }
                for (int c = Math.max(afterQuestion, x - 3); c < x; c++) {
                    if (isCue(low[c])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean substring(char[] letters, int length) {
        long[] wanted = itemText.substringHashes();
        int window = itemText.substringLength();
        if (wanted.length == 0 || window == 0 || length < window) {
            return false;
        }
        long weight = NgramHash.outgoingWeight(window + 1);
        long h = 0;
        for (int k = 0; k < length; k++) {
            h = h * NgramHash.P + letters[k];
            if (k >= window) {
                h -= letters[k - window] * weight;
            }
            if (k >= window - 1) {
                for (long w : wanted) {
                    if (w == h) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    ItemDocMatch result() {
        int questionMatched = count(matched[0]);
        int choiceMatched = 0;
        for (int f = 1; f < fields.length; f++) {
            choiceMatched += count(matched[f]);
        }
        int first = anyCounted ? regionStart : runs[2];
        int last = anyCounted ? regionEnd : runs[2] + runs[3];
        int start = doc.start[first];
        int end = doc.end[last - 1];
        return new ItemDocMatch(item, ref, anyCounted, questionMatched, choiceMatched, wholeQuestion && anyCounted,
                longestVerbatim, longestMatch, answerLeaked(), substringHit,
                anyCounted ? grams.toLongArray() : new long[0], anyCounted ? llama.toLongArray() : new long[0],
                ref.windowStart() + start, ref.windowStart() + end,
                snippet(start, end), shift(Arrays.copyOf(spans, spanCount), ref.windowStart()), seedKeys,
                numberConflicts, contextHash(first, last));
    }

    /** Fingerprint of document tokens {@code [first, last)} and {@link #CONTEXT_TOKENS} either side. */
    private long contextHash(int first, int last) {
        long h = 0;
        for (int i = Math.max(0, first - CONTEXT_TOKENS); i < Math.min(doc.size, last + CONTEXT_TOKENS); i++) {
            h = (Long.rotateLeft(h, 23) ^ doc.hashes[i]) * 0x9E3779B97F4A7C15L;
        }
        return h;
    }

    private String snippet(int start, int end) {
        int stop = Math.min(end, start + SNIPPET_CHARS);
        return new String(text, from + start, stop - start).replaceAll("\\s+", " ").trim();
    }

    private static int[] cues(String... words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = (int) TermHash.of(words[i]);
        }
        return out;
    }

    private static int[] shift(int[] spans, int by) {
        for (int i = 0; i < spans.length; i++) {
            spans[i] += by;
        }
        return spans;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            if (f) {
                n++;
            }
        }
        return n;
    }

    private static boolean isCue(int token) {
        for (int cue : CUES) {
            if (cue == token) {
                return true;
            }
        }
        return false;
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
}
