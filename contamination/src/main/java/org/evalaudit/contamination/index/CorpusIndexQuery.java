package org.evalaudit.contamination.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusExtent;
import org.evalaudit.contamination.scan.DocumentMatcher;
import org.evalaudit.contamination.scan.EvidenceSource;
import org.evalaudit.contamination.scan.ItemDocMatch;
import org.evalaudit.contamination.scan.ItemResult;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.ScanStats;
import org.evalaudit.contamination.scan.Verdicts;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.model.Benchmark;

/**
 * Checks a benchmark against a corpus index and gives the same per-item evidence, metrics, verdicts and
 * files as {@code contamination scan} over the indexed corpus.
 *
 * <p>How: (1) parallel over items, exact phrase queries for every item seed ({@link ItemIndex#seeds}) find the
 * candidate documents, the only ones in which the scanner can find anything for the benchmark; (2)
 * parallel over candidates, the scanner's own {@link DocumentMatcher} runs on each candidate's stored
 * text (the same window the scanner reads, with the same {@link DocRef}); (3) {@link ScanResult#of}
 * judges the evidence exactly as it judges a scan's. The index only replaces the pass over the whole
 * corpus, so scan and query cannot disagree on any metric.
 *
 * <p>An index built with {@code --no-store-text} gives the same verdicts and metrics: the candidates'
 * tokens are rebuilt from the postings ({@link RecoveredText}); only the evidence's char offsets and
 * spans are unknown there (-1 and none) and its snippet shows canonical tokens instead of the text.
 */
public final class CorpusIndexQuery implements EvidenceSource, Closeable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final CorpusIndex index;
    private final int threads;
    private final AtomicLong candidates = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();
    private final AtomicLong searchCpuNanos = new AtomicLong();
    private final AtomicLong matchCpuNanos = new AtomicLong();

    private CorpusIndexQuery(CorpusIndex index, int threads) {
        this.index = index;
        this.threads = threads;
    }

    /**
     * Opens the index in {@code dir} for queries with {@code threads} threads.
     *
     * @throws IncompatibleIndexException when the index was built with another analyzer or schema
     */
    public static CorpusIndexQuery open(Path dir, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        CorpusIndex index = CorpusIndex.open(dir);
        return new CorpusIndexQuery(index, threads);
    }

    /**
     * The whole {@code contamination query}: every item of {@code benchmark} judged under every preset,
     * {@code preset} setting the headline verdict; {@code seed} draws the gpt4 preset's substrings (use
     * the scan's seed to compare with a scan). In the stats, {@code documents} and {@code chars} are the
     * candidate documents re-read, {@code readCpuSeconds} the CPU time of the phrase search and
     * {@code scanCpuSeconds} that of the matcher on the candidates.
     */
    public ScanResult query(Benchmark benchmark, Preset preset, long seed, Progress progress) throws IOException {
        long started = System.nanoTime();
        ItemIndex items = ItemIndex.build(benchmark, seed);
        List<ItemDocMatch> evidence = Collections.synchronizedList(new ArrayList<>());
        collect(items, evidence::add, progress);
        CorpusExtent searched = searched();
        ScanStats stats = new ScanStats(0, 0, chars.get(), candidates.get(), items.memoryBytes(),
                (System.nanoTime() - started) / 1e9, searchCpuNanos.get() / 1e9, matchCpuNanos.get() / 1e9, 0, List.of(),
                searched);
        return ScanResult.of(items, evidence, preset, stats);
    }

    /** The whole index: its completely indexed files, their documents and chars. */
    @Override
    public CorpusExtent searched() throws IOException {
        return extent(index.location());
    }

    /** The extent of the index in {@code dir}, as {@code index-info} describes it. */
    static CorpusExtent extent(Path dir) throws IOException {
        IndexInfo info = IndexInfo.read(dir);
        return new CorpusExtent(info.files(), info.documents(), info.textChars());
    }

    /**
     * One item's result, as {@link #query} gives it for that item: the query for an interactive check,
     * and the unit of the per-item latency benchmark.
     *
     * <p>The item's evidence alone decides its stock phrases: a key that leads one of its matches leads a
     * match of this item in every document that contains it (whether a key is boilerplate for an item
     * depends only on the key and the item), so counting documents over this item's evidence gives the
     * count {@link ScanResult#of} takes over the whole benchmark's.
     *
     * @param items the benchmark's item index (boilerplate is judged across the whole benchmark)
     */
    public ItemResult queryItem(ItemIndex items, int item, Preset preset) throws IOException {
        FixedBitSet found = new FixedBitSet(index.reader().maxDoc());
        PhraseFinder finder = new PhraseFinder(index.reader());
        for (List<String> key : ItemIndex.seeds(items.item(item))) {
            finder.addDocumentsContaining(key, found);
        }
        List<ItemDocMatch> evidence = new ArrayList<>();
        new CandidateScanner(items).scan(found, 0, found.length(), m -> {
            if (m.item() == item) {
                evidence.add(m);
            }
        });
        evidence.sort(Verdicts.MATCH_ORDER);
        Verdicts.Accumulator accumulator = new Verdicts(items, preset, Verdicts.stockPhraseKeys(evidence))
                .accumulator(item);
        evidence.forEach(accumulator::add);
        return accumulator.result();
    }

    @Override
    public void collect(ItemIndex items, DocumentMatcher.Sink sink, Progress progress) throws IOException {
        searchCpuNanos.set(0);
        matchCpuNanos.set(0);
        FixedBitSet found = findCandidates(items, progress);
        candidates.set(found.cardinality());
        chars.set(0);
        progress.start("verify", candidates.get(), "documents");
        try {
            int maxDoc = found.length();
            // without stored text each range costs a pass over the term dictionary: one range per thread
            int parts = index.metadata().storeText() ? 4 * threads : threads;
            int chunk = Math.max(1, (maxDoc + parts - 1) / parts);
            List<Range> ranges = new ArrayList<>();
            for (int from = 0; from < maxDoc; from += chunk) {
                ranges.add(new Range(from, Math.min(maxDoc, from + chunk)));
            }
            runAll(ranges.size(), r -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                CandidateScanner scanner = new CandidateScanner(items);
                int done = scanner.scan(found, ranges.get(r).from(), ranges.get(r).to(), sink);
                matchCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                progress.advance(done);
            });
        } finally {
            progress.done();
        }
    }

    private record Range(int from, int to) {
    }

    /** Phase 1: the documents that contain any key of any item; keys shared by items are queried once. */
    private FixedBitSet findCandidates(ItemIndex items, Progress progress) throws IOException {
        int maxDoc = index.reader().maxDoc();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        List<FixedBitSet> perThread = Collections.synchronizedList(new ArrayList<>());
        progress.start("query", items.size(), "items");
        try {
            runAll(threads, t -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                PhraseFinder finder = new PhraseFinder(index.reader());
                FixedBitSet found = new FixedBitSet(maxDoc);
                perThread.add(found);
                for (int item = next.getAndIncrement(); item < items.size(); item = next.getAndIncrement()) {
                    for (List<String> key : ItemIndex.seeds(items.item(item))) {
                        if (seen.add(String.join(" ", key))) {
                            finder.addDocumentsContaining(key, found);
                        }
                    }
                    finder.clearTerms();
                    progress.advance(1);
                }
                searchCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            });
        } finally {
            progress.done();
        }
        FixedBitSet all = new FixedBitSet(maxDoc);
        for (FixedBitSet found : perThread) {
            all.or(found);
        }
        return all;
    }

    /** Phase 2 for one thread: runs the scanner's matcher over stored candidate documents. */
    private final class CandidateScanner {
        private final DocumentMatcher matcher;
        private final List<LeafReaderContext> leaves = index.reader().leaves();

        CandidateScanner(ItemIndex items) {
            this.matcher = new DocumentMatcher(items);
        }

        /** Scans the candidates among doc ids {@code [from, to)}; returns how many. */
        int scan(FixedBitSet found, int from, int to, DocumentMatcher.Sink sink) throws IOException {
            int count = 0;
            for (LeafReaderContext leaf : leaves) {
                int[] docs = candidates(found, Math.max(from, leaf.docBase),
                        Math.min(to, leaf.docBase + leaf.reader().maxDoc()), leaf.docBase);
                StoredFields stored = leaf.reader().storedFields();
                if (index.metadata().storeText()) {
                    for (int doc : docs) {
                        Document d = stored.document(doc);
                        scan(IndexFields.docRef(d), d.get(IndexFields.TEXT), sink);
                    }
                } else {
                    RecoveredText.forEach(leaf.reader(), docs, (doc, text) ->
                            scan(IndexFields.docRef(stored.document(doc)), text, m -> sink.match(withoutOffsets(m))));
                }
                count += docs.length;
            }
            return count;
        }

        private void scan(DocRef ref, String text, DocumentMatcher.Sink sink) {
            char[] chars = text.toCharArray();
            matcher.scan(ref, chars, 0, chars.length, sink);
            CorpusIndexQuery.this.chars.addAndGet(chars.length);
        }
    }

    /** Segment-local ids of the candidates among top-level ids {@code [from, to)}. */
    private static int[] candidates(FixedBitSet found, int from, int to, int docBase) {
        if (from >= to) {
            return new int[0];
        }
        int[] docs = new int[16];
        int n = 0;
        for (int doc = found.nextSetBit(from); doc < to;
             doc = doc + 1 < to ? found.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (n == docs.length) {
                docs = java.util.Arrays.copyOf(docs, 2 * n);
            }
            docs[n++] = doc - docBase;
        }
        return java.util.Arrays.copyOf(docs, n);
    }

    /**
     * Evidence from a rebuilt document (index without stored text): its char offsets and spans would
     * point into the rebuilt text, not the document, so they are dropped (-1, none); the snippet keeps
     * the matched canonical tokens.
     */
    private static ItemDocMatch withoutOffsets(ItemDocMatch m) {
        return new ItemDocMatch(m.item(), m.doc(), m.counted(), m.questionMatched(), m.choiceMatched(),
                m.wholeQuestion(), m.longestVerbatim(), m.longestMatch(), m.answerLeaked(), m.substringHit(),
                m.ngramsCovered(), m.tokensCovered(), -1, -1, m.snippet(), new int[0], m.seedKeys(),
                m.numberConflicts(), m.contextHash());
    }

    /** A task that may throw, run for task numbers 0 .. n-1. */
    @FunctionalInterface
    private interface Task {
        void run(int number) throws IOException;
    }

    /** Runs {@code n} tasks on {@code threads} threads and rethrows the first failure. */
    private void runAll(int n, Task task) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), runnable -> {
            Thread thread = new Thread(runnable, "evalaudit-index-query");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int number = i;
                futures.add(pool.submit(() -> {
                    task.run(number);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("query failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
