package org.evalaudit.contamination.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.evalaudit.contamination.corpus.BadRecords;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.corpus.JsonlChunk;
import org.evalaudit.contamination.corpus.JsonlChunker;
import org.evalaudit.contamination.corpus.JsonlRecords;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Scans corpus files for the items of a benchmark. Reader threads (one per file being read, at most
 * {@code threads}) turn files into batches; {@code threads} scanner threads run a {@link DocumentMatcher}
 * each over the batches, so one large compressed file is still scanned in parallel chunks while it is
 * being decompressed. A JSON Lines file is only decompressed and cut into chunks of whole records by its
 * reader ({@link JsonlChunker}); the scanner threads parse the records and hash the terms of their text
 * straight from the bytes, so decompression is the reader's only work. Other formats come as batches of decoded
 * documents. When the queue is full, a reader scans its batch itself instead of waiting, so that all
 * threads work whichever stage is the slower. Memory: the item index plus a bounded queue of batches
 * ({@code 2 x threads} of about {@link #BATCH_CHARS} chars or {@link JsonlChunker#CHUNK_BYTES} bytes),
 * whatever the corpus size. When a file's last batch is scanned, its evidence goes to the checkpoint (if
 * any).
 */
public final class CorpusScanner implements EvidenceSource {
    /** Chars per batch handed from a reader to the scanner threads. */
    public static final int BATCH_CHARS = 1 << 20;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ScanOptions options;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();
    /** Documents and chars of the files resumed from the checkpoint, so that {@link #searched()} covers them. */
    private long resumedDocuments;
    private long resumedChars;
    private final AtomicLong readCpu = new AtomicLong();
    private final AtomicLong scanCpu = new AtomicLong();
    private final BadRecords bad;
    private int files;
    private int resumedFiles;

    public CorpusScanner(ScanOptions options) {
        this.options = options;
        this.bad = new BadRecords(options.format().onError());
    }

    /** Scans and judges: the whole {@code contamination scan} in one call. */
    public static ScanResult scan(Benchmark benchmark, ScanOptions options, Progress progress) throws IOException {
        ItemIndex index = ItemIndex.build(benchmark, options.seed());
        long started = System.nanoTime();
        CorpusScanner scanner = new CorpusScanner(options);
        List<ItemDocMatch> evidence = Collections.synchronizedList(new ArrayList<>());
        scanner.collect(index, evidence::add, progress);
        ScanStats stats = new ScanStats(scanner.resumedFiles, scanner.bytes.get(), scanner.chars.get(),
                scanner.documents.get(), index.memoryBytes(), (System.nanoTime() - started) / 1e9,
                scanner.readCpu.get() / 1e9, scanner.scanCpu.get() / 1e9, scanner.bad.count(), scanner.bad.listed(),
                scanner.searched());
        return ScanResult.of(index, evidence, options.preset(), stats);
    }

    @Override
    public void collect(ItemIndex index, DocumentMatcher.Sink sink, Progress progress) throws IOException {
        List<Path> paths = CorpusReader.expand(options.corpus());
        files = paths.size();
        Checkpoint checkpoint = options.checkpoint() == null ? null
                : Checkpoint.open(options.checkpoint(), key(index, paths), options.resume());
        Map<String, Checkpoint.Finished> done = checkpoint == null ? Map.of() : checkpoint.finished();
        List<Integer> todo = new ArrayList<>();
        long total = 0;
        for (int f = 0; f < paths.size(); f++) {
            Checkpoint.Finished previous = done.get(paths.get(f).toString());
            if (previous != null) {
                previous.matches().forEach(sink::match);
                bad.restore(paths.get(f).toString(), previous.skipped());
                resumedFiles++;
                resumedDocuments += previous.documents();
                resumedChars += previous.chars();
            } else {
                todo.add(f);
                total += Files.size(paths.get(f));
            }
        }
        progress.start("scan", total, "bytes");
        try {
            run(index, paths, todo, checkpoint, sink, progress);
        } finally {
            progress.done();
        }
    }

    @Override
    public CorpusExtent searched() {
        return new CorpusExtent(files, resumedDocuments + documents.get(), resumedChars + chars.get());
    }

    private void run(ItemIndex index, List<Path> paths, List<Integer> todo, Checkpoint checkpoint,
                     DocumentMatcher.Sink sink, Progress progress) throws IOException {
        int threads = options.threads();
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2 * threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService scanners = Executors.newFixedThreadPool(threads, daemon("scan"));
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())), daemon("read"));
        try {
            List<Future<?>> scanning = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                scanning.add(scanners.submit(() -> scanLoop(index, queue, sink, checkpoint, failure)));
            }
            List<Future<?>> reading = new ArrayList<>();
            for (int f : todo) {
                FileState state = new FileState(paths.get(f), f);
                reading.add(readers.submit(() -> read(index, state, queue, sink, checkpoint, progress, failure)));
            }
            for (Future<?> r : reading) {
                await(r, failure);
            }
            for (int t = 0; t < threads; t++) {
                put(queue, Batch.END);
            }
            for (Future<?> s : scanning) {
                await(s, failure);
            }
        } finally {
            readers.shutdownNow();
            scanners.shutdownNow();
        }
        Throwable error = failure.get();
        if (error instanceof IOException io) {
            throw io;
        }
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error != null) {
            throw new IllegalStateException("scan failed", error);
        }
    }

    private void read(ItemIndex index, FileState state, BlockingQueue<Batch> queue, DocumentMatcher.Sink sink,
                      Checkpoint checkpoint, Progress progress, AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            return;
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        Scanning here = new Scanning(this, index, sink, checkpoint, failure);
        try {
            LongConsumer read = amount -> {
                bytes.addAndGet(amount);
                progress.advance(amount);
            };
            if (JsonlChunker.applies(state.path)) {
                JsonlChunker.cut(state.path, chunk -> hand(new Batch(state, chunk), queue, here, failure), read);
            } else {
                Batch[] current = {new Batch(state, null)};
                new CorpusReader(options.format(), bad).read(state.path, (ref, text, from, length) -> {
                    if (!current[0].fits(length)) {
                        hand(current[0], queue, here, failure);
                        current[0] = new Batch(state, null);
                    }
                    current[0].add(ref, text, from, length);
                }, read);
                hand(current[0], queue, here, failure);
            }
            here.done(state);
        } catch (CancellationException e) {
            // the failure that cancelled this file is already recorded
        } catch (UncheckedIOException e) {
            failure.compareAndSet(null, e.getCause());
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            long spent = CPU.getCurrentThreadCpuTime() - cpu;
            readCpu.addAndGet(spent - here.cpu);
            scanCpu.addAndGet(here.cpu);
        }
    }

    /** Queues a batch, or scans it in the reader's thread when the queue is full. */
    private void hand(Batch batch, BlockingQueue<Batch> queue, Scanning here, AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            throw new CancellationException("another file failed");
        }
        batch.state.pending.incrementAndGet();
        if (!queue.offer(batch)) {
            long cpu = CPU.getCurrentThreadCpuTime();
            try {
                here.scan(batch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                here.cpu += CPU.getCurrentThreadCpuTime() - cpu;
            }
        }
    }

    /**
     * Scans batches until the end marker. After a failure (here or in another thread) it keeps taking
     * batches without scanning them, so that a reader blocked on the full queue always gets through.
     */
    private void scanLoop(ItemIndex index, BlockingQueue<Batch> queue, DocumentMatcher.Sink sink, Checkpoint checkpoint,
                          AtomicReference<Throwable> failure) {
        Scanning scanning = new Scanning(this, index, sink, checkpoint, failure);
        long cpu = CPU.getCurrentThreadCpuTime();
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch == Batch.END) {
                    return;
                }
                if (failure.get() == null) {
                    try {
                        scanning.scan(batch);
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scanCpu.addAndGet(CPU.getCurrentThreadCpuTime() - cpu);
        }
    }

    /** One thread's matcher and JSON Lines record parser, and what it does with a batch. */
    private static final class Scanning {
        private final CorpusScanner scanner;
        private final ItemIndex index;
        private final DocumentMatcher.Sink sink;
        private final Checkpoint checkpoint;
        private final AtomicReference<Throwable> failure;
        private DocumentMatcher matcher;
        private JsonlRecords records;
        /** CPU time spent scanning, when this is a reader's. */
        long cpu;

        Scanning(CorpusScanner scanner, ItemIndex index, DocumentMatcher.Sink sink, Checkpoint checkpoint,
                 AtomicReference<Throwable> failure) {
            this.scanner = scanner;
            this.index = index;
            this.sink = sink;
            this.checkpoint = checkpoint;
            this.failure = failure;
        }

        void scan(Batch batch) throws IOException {
            if (matcher == null) {
                matcher = new DocumentMatcher(index);
                records = new JsonlRecords(scanner.options.format(), scanner.bad);
            }
            FileState state = batch.state;
            DocumentMatcher.Sink fileSink = m -> {
                state.matches.add(m);
                sink.match(m);
            };
            long[] scanned = new long[2];
            if (batch.chunk != null) {
                IntConsumer window = length -> {
                    scanned[0] += length;
                    scanned[1]++;
                };
                records.parse(batch.chunk, record -> matcher.scan(record, fileSink, window));
            } else {
                for (int d = 0; d < batch.size; d++) {
                    matcher.scan(batch.refs.get(d), batch.chars, batch.starts[d], batch.lengths[d], fileSink);
                    scanned[0] += batch.lengths[d];
                }
                scanned[1] = batch.size;
            }
            scanner.chars.addAndGet(scanned[0]);
            scanner.documents.addAndGet(scanned[1]);
            state.chars.addAndGet(scanned[0]);
            state.documents.addAndGet(scanned[1]);
            done(state);
        }

        /** One batch of the file (or its reader) is done; the last one writes the file's evidence. */
        void done(FileState state) throws IOException {
            if (state.pending.decrementAndGet() == 0 && checkpoint != null && failure.get() == null) {
                List<ItemDocMatch> matches = new ArrayList<>(state.matches);
                matches.sort(Verdicts.MATCH_ORDER);
                checkpoint.finish(state.path.toString(), state.number, new Checkpoint.Finished(matches,
                        scanner.bad.of(state.path.toString()), state.documents.get(), state.chars.get()));
            }
        }
    }

    private static void put(BlockingQueue<Batch> queue, Batch batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void await(Future<?> future, AtomicReference<Throwable> failure) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "contamination-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Digest of everything the evidence depends on: analyzer, benchmark, window sizes, seed, files. */
    private String key(ItemIndex index, List<Path> paths) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder s = new StringBuilder(Checkpoint.FORMAT).append('\n').append(CanonicalAnalyzer.fingerprint())
                    .append('\n').append(options.format())
                    .append('\n').append(options.seed()).append('\n');
            for (Item item : index.items()) {
                s.append(item.id()).append('\u0000').append(item.question()).append('\u0000').append(item.choices())
                        .append('\u0000').append(item.gold()).append('\n');
            }
            for (Path p : paths) {
                s.append(p).append('\t').append(Files.size(p)).append('\n');
            }
            return HexFormat.of().formatHex(digest.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file being read and scanned. */
    private static final class FileState {
        final Path path;
        final int number;
        /** Batches handed out and not yet scanned, plus one while the file is being read. */
        final AtomicInteger pending = new AtomicInteger(1);
        final List<ItemDocMatch> matches = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong documents = new AtomicLong();
        final AtomicLong chars = new AtomicLong();

        FileState(Path path, int number) {
            this.path = path;
            this.number = number;
        }
    }

    /** A chunk of a JSON Lines file, or documents copied out of a reader's buffer, handed to a scanner. */
    private static final class Batch {
        static final Batch END = new Batch(null, null);
        final FileState state;
        final JsonlChunk chunk;
        final List<DocRef> refs = new ArrayList<>();
        char[] chars = new char[0];
        int[] starts = new int[64];
        int[] lengths = new int[64];
        int used;
        int size;

        Batch(FileState state, JsonlChunk chunk) {
            this.state = state;
            this.chunk = chunk;
        }

        boolean fits(int length) {
            return size == 0 || used + length <= BATCH_CHARS;
        }

        void add(DocRef ref, char[] text, int from, int length) {
            if (used + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(used + length, Math.min(BATCH_CHARS, Math.max(1024, chars.length * 2))));
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            System.arraycopy(text, from, chars, used, length);
            refs.add(ref);
            starts[size] = used;
            lengths[size] = length;
            used += length;
            size++;
        }
    }
}
