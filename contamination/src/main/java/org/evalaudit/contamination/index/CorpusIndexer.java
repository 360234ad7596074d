package org.evalaudit.contamination.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.corpus.BadRecords;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.core.audit.Progress;

/**
 * Builds or extends the Lucene index of a corpus.
 *
 * <p>Incremental and resumable: every file is entered in the {@link Manifest} (size, CRC-32C) with its
 * first documents and marked complete in the commit that holds its last one. A later run skips complete
 * unchanged files, re-indexes changed ones, and resumes partial ones by skipping the document numbers
 * already committed. Commits happen about every {@link IndexBuildOptions#commitEveryChars()} chars of
 * text, so a crash or Ctrl-C loses about that much work at most. A file is known by its absolute path (a
 * moved corpus is indexed again); files that a later run does not name stay in the index.
 *
 * <p>Parallel: up to {@code threads} reader threads stream files into a bounded queue of batches and
 * {@code threads} indexing threads analyse them, so one large file still uses every thread. Each indexing
 * thread inverts its documents in memory ({@link SegmentBuffer}) and hands them to {@code IndexWriter}
 * as a finished segment through {@code addIndexes}, which Lucene's codec writes as it writes a merge:
 * 1.6 to 2.9 times less CPU than {@code IndexWriter.addDocument} on a 200 MB corpus
 * (docs/bench-inverter.md), whose own inversion (a term hash and byte slices per token) was over half of
 * the build. The index is a plain Lucene index either way. Memory is bounded by the queue and
 * {@link IndexBuildOptions#ramBufferMb()} per indexing thread, whatever the corpus size.
 */
public final class CorpusIndexer {
    private static final int BATCH_CHARS = 1 << 20;
    private static final int BATCH_DOCS = 1024;

    private final Path indexDir;
    private final DocumentSource source;
    private final IndexBuildOptions options;

    /** Indexes with the corpus readers of {@code options.format()}. */
    public CorpusIndexer(Path indexDir, IndexBuildOptions options) {
        this(indexDir, DocumentSource.of(options.format()), options);
    }

    CorpusIndexer(Path indexDir, DocumentSource source, IndexBuildOptions options) {
        this.indexDir = indexDir;
        this.source = source;
        this.options = options;
    }

    /**
     * Indexes the files that {@code corpus} names (files, folders, globs) that the index does not hold yet.
     *
     * @param progress receives the bytes of corpus files read
     * @throws IncompatibleIndexException when {@code indexDir} holds an index this build must not extend
     *     (other analyzer, other schema, other store-text setting)
     * @throws org.evalaudit.core.io.InputError when a corpus file is malformed (committed work is kept)
     */
    public IndexBuildResult index(List<String> corpus, Progress progress) throws IOException {
        long started = System.nanoTime();
        List<Path> files = source.files(corpus);
        Files.createDirectories(indexDir);
        try (Directory directory = FSDirectory.open(indexDir)) {
            IndexMetadata metadata = IndexMetadata.current(options.storeText());
            var existing = IndexMetadata.read(directory, indexDir);
            if (existing.isPresent()) {
                existing.get().requireCompatible(indexDir);
                if (existing.get().storeText() != options.storeText()) {
                    throw new IncompatibleIndexException(indexDir, (existing.get().storeText()
                            ? "stores document text; extend it without --no-store-text"
                            : "was built with --no-store-text; extend it with --no-store-text")
                            + " or build a new index in another directory");
                }
            }
            try (DirectoryReader before = existing.isPresent() ? DirectoryReader.open(directory) : null;
                 IndexWriter writer = new IndexWriter(directory, config())) {
                writer.setLiveCommitData(metadata.toUserData().entrySet());
                Run run = new Run(writer, before, files, progress);
                return run.execute(started);
            }
        }
    }

    private IndexWriterConfig config() {
        // the text field arrives pre-analysed (AnalysedText gives the same terms); the canonical analyzer
        // stays the writer's analyzer so that nothing indexed here could ever be tokenized differently
        IndexWriterConfig config = new IndexWriterConfig(new CanonicalAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // LZ4 for stored text (DEFLATE would make it a third smaller but costs as much CPU as all the rest
        // of indexing), through a cheaper compressor than Lucene's own; the index stays well under 1.5x the text
        config.setCodec(new CorpusCodec());
        config.setUseCompoundFile(false);
        config.setCommitOnClose(false);
        // segments arrive through addIndexes, which asks the merge policy whether to pack each one into a
        // compound file (TieredMergePolicy: any segment under a tenth of the index), a second copy of it
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setNoCFSRatio(0.0);
        config.setMergePolicy(policy);
        // addIndexes writes its segment as a merge on the merge scheduler while the indexing thread waits:
        // each indexing thread needs a merge thread of its own (the default on 2 cores is one for all, and
        // the others' segments pause), plus one for ordinary merges; a batch build wants them unthrottled
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        merges.setMaxMergesAndThreads(options.threads() + 6, options.threads() + 1);
        merges.disableAutoIOThrottle();
        config.setMergeScheduler(merges);
        return config;
    }

    /** A batch of consecutive documents of one file; {@code null} file marks the end of the queue. */
    private record Batch(FileTask file, long firstOrdinal, List<DocRef> refs, List<String> texts, long chars) {
    }

    /** What is left of a batch whose documents wait in a {@link SegmentBuffer}: what to count and release. */
    private record HeldBatch(FileTask file, int documents, long chars) {
    }

    /** State of one file during a run. */
    private static final class FileTask {
        final Path path;
        final String key;
        final long size;
        final String checksum;
        /** Batches not yet indexed, plus one held by the reader until it has read the whole file. */
        final AtomicInteger pending = new AtomicInteger(1);
        long documents;
        long chars;

        FileTask(Path path, long size, String checksum) {
            this.path = path;
            this.key = path.toAbsolutePath().normalize().toString();
            this.size = size;
            this.checksum = checksum;
        }
    }

    private final class Run {
        private final IndexWriter writer;
        private final DirectoryReader before;
        private final Map<String, ManifestEntry> manifest;
        private final List<Path> files;
        private final Progress progress;
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2 * options.threads());
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicLong sinceCommit = new AtomicLong();
        private final AtomicLong documents = new AtomicLong();
        private final AtomicLong chars = new AtomicLong();
        private final AtomicInteger added = new AtomicInteger();
        private final AtomicInteger resumed = new AtomicInteger();
        private final AtomicInteger replaced = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();
        private final BadRecords bad = new BadRecords(options.format().onError());
        private final Object commitLock = new Object();
        /**
         * Text chars per segment buffer and between commits: with every indexing thread holding up to this
         * much in memory, a crash loses about {@link IndexBuildOptions#commitEveryChars()} in all.
         */
        private final long commitChars = Math.max(1, options.commitEveryChars() / options.threads());
        private final long ramBufferBytes = (long) (options.ramBufferMb() * (1 << 20));

        Run(IndexWriter writer, DirectoryReader before, List<Path> files, Progress progress) throws IOException {
            this.writer = writer;
            this.before = before;
            this.manifest = before == null ? Map.of() : Manifest.read(before);
            this.files = files;
            this.progress = progress;
        }

        IndexBuildResult execute(long started) throws IOException {
            long total = 0;
            for (Path file : files) {
                total += Files.size(file);
            }
            progress.start("index", total, "bytes");
            int readerThreads = Math.max(1, Math.min(options.threads(), files.size()));
            ExecutorService readers = Executors.newFixedThreadPool(readerThreads, named("evalaudit-index-read"));
            ExecutorService indexers = Executors.newFixedThreadPool(options.threads(), named("evalaudit-index"));
            try {
                List<Future<?>> indexing = new ArrayList<>();
                for (int i = 0; i < options.threads(); i++) {
                    indexing.add(indexers.submit(this::indexBatches));
                }
                List<Future<?>> reading = new ArrayList<>();
                for (Path file : files) {
                    reading.add(readers.submit(() -> {
                        readFile(file);
                        return null;
                    }));
                }
                awaitAll(reading);
                for (int i = 0; i < options.threads(); i++) {
                    putUninterruptibly(new Batch(null, 0, List.of(), List.of(), 0));
                }
                awaitAll(indexing);
            } finally {
                readers.shutdownNow();
                indexers.shutdownNow();
                progress.done();
            }
            Throwable failed = failure.get();
            if (failed != null) {
                writer.rollback();
                throw rethrow(failed);
            }
            writer.commit();
            return new IndexBuildResult(files.size(), added.get(), resumed.get(), replaced.get(), skipped.get(),
                    documents.get(), chars.get(), System.nanoTime() - started, bad.count(), bad.listed());
        }

        private void awaitAll(List<Future<?>> futures) {
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, e);
                }
            }
        }

        /** Decides what to do with one file, then streams its documents into batches. */
        private void readFile(Path path) throws IOException {
            if (failure.get() != null) {
                return;
            }
            FileTask task = new FileTask(path, Files.size(path), FileChecksum.crc32c(path));
            ManifestEntry entry = manifest.get(task.key);
            BitSet committed = new BitSet();
            if (entry != null && entry.sameFile(task.size, task.checksum)) {
                if (entry.complete()) {
                    skipped.incrementAndGet();
                    progress.advance(task.size);
                    return;
                }
                committed = CommittedDocuments.ordinals(before, task.key);
                resumed.incrementAndGet();
            } else {
                if (entry != null) {
                    writer.deleteDocuments(new Term(IndexFields.SOURCE, task.key));
                    replaced.incrementAndGet();
                } else {
                    added.incrementAndGet();
                }
                writer.updateDocument(Manifest.key(task.key), Manifest.toDocument(
                        new ManifestEntry(task.key, task.size, task.checksum, 0, 0, false, 0)));
            }
            BitSet skip = committed;
            long batchLimit = Math.min(BATCH_CHARS, options.commitEveryChars());
            BatchBuilder batch = new BatchBuilder(task);
            source.read(path, (ref, text, from, length) -> {
                if (failure.get() != null) {
                    throw new StopReading();
                }
                long ordinal = task.documents++;
                task.chars += length;
                if (skip.get(Math.toIntExact(ordinal))) {
                    batch.submitIfAny();
                    return;
                }
                batch.add(ordinal, ref, new String(text, from, length));
                if (batch.chars >= batchLimit || batch.refs.size() >= BATCH_DOCS) {
                    batch.submitIfAny();
                }
            }, progress::advance, bad);
            batch.submitIfAny();
            release(task);
        }

        /** Consecutive documents of one file on their way to the queue. */
        private final class BatchBuilder {
            private final FileTask task;
            private final List<DocRef> refs = new ArrayList<>();
            private final List<String> texts = new ArrayList<>();
            private long first;
            private long chars;

            BatchBuilder(FileTask task) {
                this.task = task;
            }

            void add(long ordinal, DocRef ref, String text) {
                if (refs.isEmpty()) {
                    first = ordinal;
                    chars = 0;
                }
                refs.add(ref);
                texts.add(text);
                chars += text.length();
            }

            void submitIfAny() {
                if (refs.isEmpty()) {
                    return;
                }
                task.pending.incrementAndGet();
                putUninterruptibly(new Batch(task, first, List.copyOf(refs), List.copyOf(texts), chars));
                refs.clear();
                texts.clear();
            }
        }

        private void putUninterruptibly(Batch batch) {
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing", e);
            }
        }

        /** Indexing thread: takes batches until the end marker; after a failure, only drains the queue. */
        private Void indexBatches() throws InterruptedException {
            ThreadSegment segment = new ThreadSegment();
            while (true) {
                Batch batch = queue.take();
                if (failure.get() != null) {
                    if (batch.file() == null) {
                        return null;
                    }
                    continue;
                }
                try {
                    if (batch.file() == null) {
                        segment.flush();
                        return null;
                    }
                    segment.add(batch);
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        }

        /**
         * One indexing thread's documents on their way into a segment. A batch counts as indexed (towards the
         * manifest, the result and the next commit) only once its segment is in the writer, so a commit never
         * marks a file complete while some of its documents are still in memory.
         */
        private final class ThreadSegment {
            private final AnalysedText analysed = new AnalysedText();
            private final SegmentBuffer buffer = new SegmentBuffer(options.storeText());
            private final List<HeldBatch> held = new ArrayList<>();

            void add(Batch batch) throws IOException {
                FileTask task = batch.file();
                for (int d = 0; d < batch.refs().size(); d++) {
                    String text = batch.texts().get(d);
                    buffer.add(task.key, batch.firstOrdinal() + d, batch.refs().get(d), text, analysed.analyse(text));
                }
                held.add(new HeldBatch(task, batch.refs().size(), batch.chars()));
                if (buffer.ramBytes() >= ramBufferBytes || buffer.textChars() >= commitChars) {
                    flush();
                }
            }

            /** Writes the buffered documents as one segment, then releases their batches. */
            void flush() throws IOException {
                if (buffer.documents() > 0) {
                    writer.addIndexes(buffer.drain());
                }
                long flushed = 0;
                for (HeldBatch batch : held) {
                    documents.addAndGet(batch.documents());
                    chars.addAndGet(batch.chars());
                    flushed += batch.chars();
                    release(batch.file());
                }
                held.clear();
                if (sinceCommit.addAndGet(flushed) >= commitChars) {
                    commitIfDue();
                }
            }
        }

        /** Drops one pending batch of the file; the last one marks the file complete in the manifest. */
        private void release(FileTask task) throws IOException {
            if (task.pending.decrementAndGet() == 0) {
                long skippedRecords = bad.of(task.path.toString()).count();
                writer.updateDocument(Manifest.key(task.key), Manifest.toDocument(new ManifestEntry(task.key,
                        task.size, task.checksum, task.documents, task.chars, true, skippedRecords)));
            }
        }

        private void commitIfDue() throws IOException {
            synchronized (commitLock) {
                if (sinceCommit.get() >= commitChars) {
                    sinceCommit.set(0);
                    writer.commit();
                }
            }
        }
    }

    /** Thrown inside a document callback to stop reading a file after another thread failed. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("stopped: indexing failed in another thread", null, false, false);
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static RuntimeException rethrow(Throwable failed) throws IOException {
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException("indexing failed", failed));
    }
}
