package org.evalaudit.contamination.scan;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.ItemText;

/**
 * Turns all {@link ItemDocMatch} evidence of one item into its verdicts. Accumulation is
 * order-independent (maxima, unions, and the first document in corpus order), so any producer of
 * evidence (the scanner's threads, a resumed scan, an index query) gives the same result.
 *
 * <p>Per preset, with Q the question's tokens and C the choices' (and free-form answer's):
 * <ul>
 *   <li>{@code default}: a document makes the item dirty when it matches, across small edits, at least
 *       {@link #DIRTY_COVERAGE} of Q (items with |Q| >= {@link #SHORT_ITEM}), or that share of Q+C with
 *       at least half of Q (a short question with its choices), or, for a question of 5 to 12 tokens,
 *       the whole question verbatim; partial when it has any counted match. Choices alone never suffice
 *       (many items share "True, True", "False, False"), a short question can only be told from a common
 *       phrase by occurring whole, and a match that puts other numbers in the item's place is a sibling
 *       from the same template, never the item;
 *   <li>{@code gpt3}: dirty when a verbatim run reaches n = |Q+C| clamped to [8, 13];
 *   <li>{@code palm}: dirty when at least 70 % of the item's 8-grams occur in the corpus;
 *   <li>{@code gpt4}: dirty when one of its sampled 50-char letter substrings occurs in a document
 *       (checked in the documents that share an 8-gram or short key with the item);
 *   <li>{@code llama2}: the share of item tokens in 10+-token spans with at most 4 skips, over the
 *       corpus: clean below 20 %, dirty from 80 %, partial between.
 * </ul>
 * Boilerplate-only matches count for no preset but are reported as discounted: matches led only by
 * n-grams shared by many items (see {@link DocumentMatcher}), and matches that do not make the item dirty
 * and are led only by n-grams found in at least {@link #BOILERPLATE_DOCS} documents (stock phrases of
 * the corpus, such as "at the end of the day"). A match that covers the item is never discounted, so an
 * item copied into many documents stays dirty.
 */
public final class Verdicts {
    /**
     * Share of the item one document must cover to make it dirty. On contamination-dev the planted
     * paraphrases (5 % and 12 % of words replaced) keep 80 to 100 % of the question, while different items
     * built on one template ("Statement 1 | ... Statement 2 | ...") cover each other about half; 70 % sits
     * between, the same bar as PaLM's share of 8-grams.
     */
    public static final double DIRTY_COVERAGE = 0.7;
    /** An n-gram in this many documents is a stock phrase of the corpus when it is all a match has. */
    public static final int BOILERPLATE_DOCS = 10;
    public static final int SHORT_ITEM = 13;
    public static final double PALM_DIRTY = 0.7;
    public static final double LLAMA_CLEAN = 0.2;
    public static final double LLAMA_DIRTY = 0.8;

    /** Corpus order of documents: file, then offset, then window. */
    public static final Comparator<DocRef> CORPUS_ORDER = Comparator.comparing(DocRef::file)
            .thenComparingLong(DocRef::offset).thenComparingInt(DocRef::windowStart);

    /** Evidence order: document in corpus order, then item number. */
    public static final Comparator<ItemDocMatch> MATCH_ORDER = Comparator.comparing(ItemDocMatch::doc, CORPUS_ORDER)
            .thenComparingInt(ItemDocMatch::item);

    private final ItemIndex index;
    private final Preset preset;
    private final LongPredicate frequentKey;

    /** Verdicts with no corpus-frequency information (nothing is discounted for being frequent in documents). */
    public Verdicts(ItemIndex index, Preset preset) {
        this(index, preset, key -> false);
    }

    /**
     * @param frequentKey whether an n-gram key occurs in at least {@link #BOILERPLATE_DOCS} documents
     */
    public Verdicts(ItemIndex index, Preset preset, LongPredicate frequentKey) {
        this.index = index;
        this.preset = preset;
        this.frequentKey = frequentKey;
    }

    /**
     * The n-gram keys that led to counted matches in at least {@link #BOILERPLATE_DOCS} documents, a
     * document being a distinct context ({@link ItemDocMatch#contextHash}): a page copied a hundred times
     * across a crawl is one document here, so its quote of an item is not mistaken for a stock phrase.
     */
    public static LongPredicate stockPhraseKeys(Collection<ItemDocMatch> evidence) {
        Long2IntOpenHashMap documents = new Long2IntOpenHashMap();
        LongOpenHashSet seen = new LongOpenHashSet();
        for (ItemDocMatch m : evidence) {
            for (long key : m.seedKeys()) {
                if (seen.add(m.contextHash() * 0x9E3779B97F4A7C15L + key)) {
                    documents.addTo(key, 1);
                }
            }
        }
        return key -> documents.get(key) >= BOILERPLATE_DOCS;
    }

    /** Whether a counted match is only stock phrases of the corpus (and does not cover the item). */
    public boolean stockPhrase(ItemDocMatch m) {
        if (!m.counted() || m.seedKeys().length == 0 || dirtyDocument(m)) {
            return false;
        }
        for (long key : m.seedKeys()) {
            if (!frequentKey.test(key)) {
                return false;
            }
        }
        return true;
    }

    /** A fresh accumulator for one item. */
    public Accumulator accumulator(int item) {
        return new Accumulator(item);
    }

    /** Whether this one document makes the item dirty under the default preset. */
    public boolean dirtyDocument(ItemDocMatch m) {
        if (!m.counted() || m.numberConflicts() > 0) {
            return false;
        }
        ItemText t = index.text(m.item());
        int q = t.question().length;
        int all = totalTokens(t);
        boolean byQuestion = q >= SHORT_ITEM && m.questionMatched() >= DIRTY_COVERAGE * q;
        boolean shortWhole = q >= ItemIndex.SHORT_MIN && q < SHORT_ITEM && m.wholeQuestion();
        boolean byItem = all >= SHORT_ITEM && q > 0 && m.questionMatched() >= 0.5 * q
                && m.questionMatched() + m.choiceMatched() >= DIRTY_COVERAGE * all;
        return byQuestion || shortWhole || byItem;
    }

    /** Share of the item one document covers: the larger of question and question-plus-choices. */
    public double coverage(ItemDocMatch m) {
        ItemText t = index.text(m.item());
        int q = t.question().length;
        int all = totalTokens(t);
        double byQuestion = q == 0 ? 0 : (double) m.questionMatched() / q;
        double byItem = all == 0 ? 0 : (double) (m.questionMatched() + m.choiceMatched()) / all;
        return Math.max(byQuestion, byItem);
    }

    private static int totalTokens(ItemText t) {
        int n = 0;
        for (int[] f : t.fields()) {
            n += f.length;
        }
        return n;
    }

    private static int gramSlots(ItemText t) {
        int n = 0;
        for (int[] f : t.fields()) {
            n += Math.max(0, f.length - ItemIndex.N + 1);
        }
        return n;
    }

    /** Collects one item's evidence; {@link #result()} may be called at any time. */
    public final class Accumulator {
        private final int item;
        private final BitSet grams = new BitSet();
        private final BitSet tokens = new BitSet();
        private final Set<DocRef> matchedDocs = new HashSet<>();
        private final Set<DocRef> discountedDocs = new HashSet<>();
        private boolean dirty;
        private boolean partial;
        private boolean leakedAnswer;
        private boolean substring;
        private int longestVerbatim;
        private int longestMatch;
        private double coverage;
        private ItemDocMatch evidence;
        private ItemDocMatch discounted;
        private int evidenceRank = -1;

        private Accumulator(int item) {
            this.item = item;
        }

        public void add(ItemDocMatch m) {
            DocRef whole = m.doc().window(0);
            if (!m.counted() || stockPhrase(m)) {
                discountedDocs.add(whole);
                if (discounted == null || CORPUS_ORDER.compare(m.doc(), discounted.doc()) < 0) {
                    discounted = m;
                }
                return;
            }
            matchedDocs.add(whole);
            grams.or(BitSet.valueOf(m.ngramsCovered()));
            tokens.or(BitSet.valueOf(m.tokensCovered()));
            longestVerbatim = Math.max(longestVerbatim, m.longestVerbatim());
            longestMatch = Math.max(longestMatch, m.longestMatch());
            substring |= m.substringHit();
            boolean dirtyHere = dirtyDocument(m);
            dirty |= dirtyHere;
            partial = true;
            coverage = Math.max(coverage, coverage(m));
            if (m.answerLeaked() && (dirtyHere || preset != Preset.DEFAULT)) {
                leakedAnswer = true;
            }
            int rank = (dirtyHere ? 2 : 0) + (m.answerLeaked() ? 1 : 0);
            if (evidence == null || rank > evidenceRank
                    || (rank == evidenceRank && CORPUS_ORDER.compare(m.doc(), evidence.doc()) < 0)) {
                evidence = m;
                evidenceRank = rank;
            }
        }

        public ItemResult result() {
            ItemText t = index.text(item);
            Map<Preset, Verdict> presets = new EnumMap<>(Preset.class);
            int all = totalTokens(t);
            int n = Math.max(ItemIndex.N, Math.min(13, all));
            presets.put(Preset.GPT3, longestVerbatim >= n ? Verdict.DIRTY : Verdict.CLEAN);
            int slots = gramSlots(t);
            presets.put(Preset.PALM, slots > 0 && grams.cardinality() >= PALM_DIRTY * slots ? Verdict.DIRTY : Verdict.CLEAN);
            presets.put(Preset.GPT4, substring ? Verdict.DIRTY : Verdict.CLEAN);
            double llama = all == 0 ? 0 : (double) tokens.cardinality() / all;
            presets.put(Preset.LLAMA2, llama >= LLAMA_DIRTY ? Verdict.DIRTY : llama >= LLAMA_CLEAN ? Verdict.PARTIAL : Verdict.CLEAN);
            presets.put(Preset.DEFAULT, dirty ? Verdict.DIRTY : partial ? Verdict.PARTIAL : Verdict.CLEAN);
            Verdict verdict = presets.get(preset);
            return new ItemResult(index.item(item).id(), verdict, verdict == Verdict.DIRTY && leakedAnswer, coverage,
                    longestMatch, longestVerbatim, matchedDocs.size(), discountedDocs.size(),
                    verdict == Verdict.CLEAN && !partial ? null : evidence, discounted, presets);
        }
    }
}
