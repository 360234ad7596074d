package org.evalaudit.contamination.ngram;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.TermHash;
import org.evalaudit.contamination.text.TokenSink;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * The benchmark as an n-gram index: every {@link #N}-gram of every question, choice and free-form answer,
 * mapped to its (item, field, position); plus, for questions of {@link #SHORT_MIN} to {@code N-1}
 * tokens, which have no N-gram, their first {@code SHORT_MIN} tokens as a "short key" so that short
 * questions can still be found and then matched whole. Each table has a Bloom prefilter, and the N-gram
 * table a second one of (N-1)-grams ({@link #seedBloom()}) that the scanner probes at every other position.
 *
 * <p>N = 8 is the smallest n any preset needs (PaLM's 8-grams, GPT-3's n lowered to 8); longer matches
 * (13-grams, 10-token spans) are found by extending 8-gram seeds, so one index serves every preset.
 */
public final class ItemIndex {
    /** Length of the indexed n-grams. */
    public static final int N = 8;
    /** Shortest question matched whole; shorter ones (e.g. "Who wrote it?") are everyday phrases. */
    public static final int SHORT_MIN = 5;
    /**
     * Bloom bits per key (before rounding the filter up to a power of two): 8 to 16 bits, 0.5 to 3 %
     * false positives. Small matters more than exact: the 15,000-item filter then fits a core's 512 KB L2
     * cache, and measured scans ran faster than with 16 bits per key (1 MB) despite the extra table probes.
     */
    public static final int BLOOM_BITS_PER_KEY = 8;
    /** Length of the gpt4 preset's substrings, in letters and digits (GPT-4 technical report, App. C). */
    public static final int SUBSTRING_CHARS = 50;
    /** Substrings sampled per item by the gpt4 preset. */
    public static final int SUBSTRINGS = 3;

    private final List<Item> items;
    private final ItemText[] texts;
    private final NgramTable table;
    private final BlockedBloom bloom;
    private final BlockedBloom seedBloom;
    private final NgramTable shortTable;
    private final BlockedBloom shortBloom;
    private final BlockedBloom shortSeedBloom;
    private final int[] copies;

    private ItemIndex(List<Item> items, ItemText[] texts, NgramTable table, BlockedBloom bloom, BlockedBloom seedBloom,
                      NgramTable shortTable, BlockedBloom shortBloom, BlockedBloom shortSeedBloom, int[] copies) {
        this.items = items;
        this.texts = texts;
        this.table = table;
        this.bloom = bloom;
        this.seedBloom = seedBloom;
        this.shortTable = shortTable;
        this.shortBloom = shortBloom;
        this.shortSeedBloom = shortSeedBloom;
        this.copies = copies;
    }

    /** Indexes every item of the benchmark; {@code seed} draws the gpt4 preset's substrings. */
    public static ItemIndex build(Benchmark benchmark, long seed) {
        List<Item> items = benchmark.items();
        ItemText[] texts = new ItemText[items.size()];
        LongArrayList keys = new LongArrayList();
        LongArrayList postings = new LongArrayList();
        LongArrayList seedKeys = new LongArrayList();
        LongArrayList shortKeys = new LongArrayList();
        LongArrayList shortPostings = new LongArrayList();
        LongArrayList shortSeedKeys = new LongArrayList();
        Tokens tokens = new Tokens();
        long[] fingerprints = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<String> fieldTexts = fieldTexts(item);
            int[][] fields = new int[fieldTexts.size()][];
            StringBuilder letters = new StringBuilder();
            BitSet numbers = new BitSet();
            int slot = 0;
            for (int f = 0; f < fields.length; f++) {
                tokens.read(fieldTexts.get(f));
                fields[f] = tokens.low32();
                long fieldPrint = TermHash.mix(NgramHash.of(tokens.hashes(), 0, tokens.size()) * NgramHash.P + tokens.size());
                // the question in its place, the other fields in any order: reordered choices are a copy
                fingerprints[i] += f == 0 ? fieldPrint * NgramHash.P : fieldPrint;
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.isNumber(t)) {
                        numbers.set(slot + t);
                    }
                }
                slot += tokens.size();
                int length = Math.min(tokens.size(), Posting.MAX_POSITION);
                for (int p = 0; p + N <= length; p++) {
                    keys.add(NgramHash.of(tokens.hashes(), p, N));
                    postings.add(Posting.pack(i, f, p));
                }
                for (int p = 0; length >= N && p + N - 1 <= length; p++) {
                    seedKeys.add(NgramHash.of(tokens.hashes(), p, N - 1));
                }
                if (f == 0 && length >= SHORT_MIN && length < N) {
                    shortKeys.add(NgramHash.of(tokens.hashes(), 0, SHORT_MIN));
                    shortPostings.add(Posting.pack(i, 0, 0));
                    shortSeedKeys.add(NgramHash.of(tokens.hashes(), 0, SHORT_MIN - 1));
                    shortSeedKeys.add(NgramHash.of(tokens.hashes(), 1, SHORT_MIN - 1));
                }
                if (f <= item.choices().size()) {
                    letters.append(tokens.letters());
                }
            }
            int answerField = !item.isMultipleChoice() && item.gold() != null ? fields.length - 1 : -1;
            // seeded by the id's chars, not by the analyzer's term hash, so that the gpt4 preset's picks
            // survive a change of the analyzer
            long idHash = TermHash.mix(CharHash.of(item.id(), 0, item.id().length()));
            texts[i] = new ItemText(fields, item.choices().size(), answerField,
                    substrings(letters, new SplittableRandom(seed ^ idHash)),
                    Math.min(SUBSTRING_CHARS, letters.length()), numbers.toLongArray());
        }
        return new ItemIndex(items, texts, table(keys, postings), bloom(keys), bloom(seedKeys),
                table(shortKeys, shortPostings), bloom(shortKeys), bloom(shortSeedKeys), copies(fingerprints));
    }

    /**
     * The token sequences that lead the scanner to an item: every {@link #N}-gram of each field, and the
     * first {@link #SHORT_MIN} tokens of a question of {@code SHORT_MIN} to {@code N - 1} tokens. A
     * persistent index that finds candidate documents with phrase queries for exactly these finds the
     * documents the scanner would verify, so both give the same evidence.
     */
    public static List<List<String>> seeds(Item item) {
        List<List<String>> out = new ArrayList<>();
        List<String> fields = fieldTexts(item);
        for (int f = 0; f < fields.size(); f++) {
            List<String> tokens = CanonicalTokenizer.tokens(fields.get(f) == null ? "" : fields.get(f));
            for (int p = 0; p + N <= tokens.size(); p++) {
                out.add(List.copyOf(tokens.subList(p, p + N)));
            }
            if (f == 0 && tokens.size() >= SHORT_MIN && tokens.size() < N) {
                out.add(List.copyOf(tokens.subList(0, SHORT_MIN)));
            }
        }
        return out;
    }

    private static int[] copies(long[] fingerprints) {
        Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
        for (long f : fingerprints) {
            counts.addTo(f, 1);
        }
        int[] out = new int[fingerprints.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts.get(fingerprints[i]);
        }
        return out;
    }

    private static List<String> fieldTexts(Item item) {
        List<String> out = new ArrayList<>();
        out.add(item.question());
        out.addAll(item.choices().subList(0, Math.min(item.choices().size(), Posting.MAX_FIELDS - 2)));
        if (!item.isMultipleChoice() && item.gold() != null) {
            out.add(item.gold());
        }
        return out;
    }

    /** GPT-4's method: up to three random fixed-length substrings, or the whole string when shorter. */
    private static long[] substrings(CharSequence letters, SplittableRandom random) {
        if (letters.length() == 0) {
            return new long[0];
        }
        if (letters.length() <= SUBSTRING_CHARS) {
            return new long[] {CharHash.of(letters, 0, letters.length())};
        }
        long[] out = new long[SUBSTRINGS];
        for (int k = 0; k < SUBSTRINGS; k++) {
            out[k] = CharHash.of(letters, random.nextInt(letters.length() - SUBSTRING_CHARS + 1), SUBSTRING_CHARS);
        }
        return out;
    }

    private static NgramTable table(LongArrayList keys, LongArrayList postings) {
        return new NgramTable(keys.elements(), postings.elements(), keys.size());
    }

    private static BlockedBloom bloom(LongArrayList keys) {
        BlockedBloom bloom = new BlockedBloom(keys.size(), BLOOM_BITS_PER_KEY);
        for (int i = 0; i < keys.size(); i++) {
            bloom.add(keys.getLong(i));
        }
        return bloom;
    }

    public List<Item> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Item item(int number) {
        return items.get(number);
    }

    public ItemText text(int number) {
        return texts[number];
    }

    public NgramTable table() {
        return table;
    }

    public BlockedBloom bloom() {
        return bloom;
    }

    /**
     * Every {@code (N-1)}-gram of the fields that have an {@link #N}-gram: each N-gram's two. A document
     * sharing an N-gram with an item has one of them at an even position, so the scanner probes this
     * filter at every other position only, and the N-gram filter only where it passes.
     */
    public BlockedBloom seedBloom() {
        return seedBloom;
    }

    public NgramTable shortTable() {
        return shortTable;
    }

    public BlockedBloom shortBloom() {
        return shortBloom;
    }

    /** The two {@code (SHORT_MIN-1)}-grams of every short key: {@link #seedBloom()}'s role for short keys. */
    public BlockedBloom shortSeedBloom() {
        return shortSeedBloom;
    }

    public boolean hasShortKeys() {
        return shortTable.size() > 0;
    }

    /**
     * How many items of the benchmark have exactly this item's tokens (question, choices in any order,
     * answer): 1 for an item of its own, 2 for each of two duplicates. Copies of one item share every
     * n-gram without those n-grams being a template, so a question asked three times with its choices
     * reordered is still found.
     */
    public int copies(int item) {
        return copies[item];
    }

    /** Bytes held by the index: tables, Bloom filters and item tokens (object headers estimated). */
    public long memoryBytes() {
        long bytes = table.memoryBytes() + bloom.memoryBytes() + seedBloom.memoryBytes() + shortTable.memoryBytes()
                + shortBloom.memoryBytes() + shortSeedBloom.memoryBytes() + 4L * copies.length;
        for (ItemText t : texts) {
            bytes += t.memoryBytes();
        }
        return bytes;
    }

    /** Collects one text's term hashes and folded letters (build time only, not the hot path). */
    private static final class Tokens implements TokenSink {
        private final CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        private final LongArrayList hashes = new LongArrayList();
        private final StringBuilder letters = new StringBuilder();
        private final BitSet numbers = new BitSet();

        void read(String text) {
            hashes.clear();
            letters.setLength(0);
            numbers.clear();
            tokenizer.reset();
            char[] chars = text == null ? new char[0] : text.toCharArray();
            tokenizer.push(chars, 0, chars.length, this);
            tokenizer.end(this);
        }

        @Override
        public void token(char[] term, int length, long hash, int start, int end) {
            for (int i = 0; i < length; i++) {
                if (Character.isDigit(term[i])) {
                    numbers.set(hashes.size());
                    break;
                }
            }
            hashes.add(hash);
            letters.append(term, 0, length);
        }

        boolean isNumber(int token) {
            return numbers.get(token);
        }

        long[] hashes() {
            return hashes.elements();
        }

        int size() {
            return hashes.size();
        }

        int[] low32() {
            int[] out = new int[hashes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) hashes.getLong(i);
            }
            return out;
        }

        CharSequence letters() {
            return letters;
        }
    }
}
