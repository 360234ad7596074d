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
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Scans corpus files for the items of a benchmark. Reader threads (one per file being read, at most
 * {@code threads}) decompress and parse documents into batches; {@code threads} scanner threads run a
 * {@link DocumentMatcher} each over the batches, so one large compressed file is still scanned in
 * parallel chunks while it is being decompressed. Memory: the item index plus a bounded queue of
 * batches ({@code 2 x threads} of about {@link #BATCH_CHARS} chars), whatever the corpus size.
 * When a file's last batch is scanned, its evidence goes to the checkpoint (if any).
 */
public final class CorpusScanner implements EvidenceSource {
    /** Chars per batch handed from a reader to the scanner threads. */
    public static final int BATCH_CHARS = 1 << 20;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ScanOptions options;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong readCpu = new AtomicLong();
    private final AtomicLong scanCpu = new AtomicLong();
    private int files;
    private int resumedFiles;

    public CorpusScanner(ScanOptions options) {
        this.options = options;
    }

    /** Scans and judges: the whole {@code contamination scan} in one call. */
    public static ScanResult scan(Benchmark benchmark, ScanOptions options, Progress progress) throws IOException {
        ItemIndex index = ItemIndex.build(benchmark, options.seed());
        long started = System.nanoTime();
        CorpusScanner scanner = new CorpusScanner(options);
        List<ItemDocMatch> evidence = Collections.synchronizedList(new ArrayList<>());
        scanner.collect(index, evidence::add, progress);
        ScanStats stats = new ScanStats(scanner.files, scanner.resumedFiles, scanner.bytes.get(), scanner.chars.get(),
                scanner.documents.get(), index.memoryBytes(), (System.nanoTime() - started) / 1e9,
                scanner.readCpu.get() / 1e9, scanner.scanCpu.get() / 1e9);
        return ScanResult.of(index, evidence, options.preset(), stats);
    }

    @Override
    public void collect(ItemIndex index, DocumentMatcher.Sink sink, Progress progress) throws IOException {
        List<Path> paths = CorpusReader.expand(options.corpus());
        files = paths.size();
        Checkpoint checkpoint = options.checkpoint() == null ? null
                : Checkpoint.open(options.checkpoint(), key(index, paths), options.resume());
        Map<String, List<ItemDocMatch>> done = checkpoint == null ? Map.of() : checkpoint.finished();
        List<Integer> todo = new ArrayList<>();
        long total = 0;
        for (int f = 0; f < paths.size(); f++) {
            List<ItemDocMatch> previous = done.get(paths.get(f).toString());
            if (previous != null) {
                previous.forEach(sink::match);
                resumedFiles++;
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
                reading.add(readers.submit(() -> read(state, queue, progress, failure)));
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

    private void read(FileState state, BlockingQueue<Batch> queue, Progress progress, AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            return;
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        try {
            Batch[] current = {new Batch(state)};
            new CorpusReader(options.format()).read(state.path, (ref, text, from, length) -> {
                if (failure.get() != null) {
                    throw new CancellationException("another file failed");
                }
                if (!current[0].fits(length)) {
                    state.pending.incrementAndGet();
                    put(queue, current[0]);
                    current[0] = new Batch(state);
                }
                current[0].add(ref, text, from, length);
            }, amount -> {
                bytes.addAndGet(amount);
                progress.advance(amount);
            });
            state.pending.incrementAndGet();
            state.readDone = true;
            put(queue, current[0]);
        } catch (CancellationException e) {
            // the failure that cancelled this file is already recorded
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            readCpu.addAndGet(CPU.getCurrentThreadCpuTime() - cpu);
        }
    }

    /**
     * Scans batches until the end marker. After a failure (here or in another thread) it keeps taking
     * batches without scanning them, so that a reader blocked on the full queue always gets through.
     */
    private void scanLoop(ItemIndex index, BlockingQueue<Batch> queue, DocumentMatcher.Sink sink, Checkpoint checkpoint,
                          AtomicReference<Throwable> failure) {
        DocumentMatcher matcher = new DocumentMatcher(index);
        long cpu = CPU.getCurrentThreadCpuTime();
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch == Batch.END) {
                    return;
                }
                if (failure.get() == null) {
                    try {
                        scanBatch(matcher, batch, sink, checkpoint, failure);
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

    private void scanBatch(DocumentMatcher matcher, Batch batch, DocumentMatcher.Sink sink, Checkpoint checkpoint,
                           AtomicReference<Throwable> failure) throws IOException {
        FileState state = batch.state;
        for (int d = 0; d < batch.size; d++) {
            matcher.scan(batch.refs.get(d), batch.chars, batch.starts[d], batch.lengths[d], m -> {
                state.matches.add(m);
                sink.match(m);
            });
            chars.addAndGet(batch.lengths[d]);
        }
        documents.addAndGet(batch.size);
        if (state.pending.decrementAndGet() == 0 && state.readDone && checkpoint != null && failure.get() == null) {
            List<ItemDocMatch> matches = new ArrayList<>(state.matches);
            matches.sort(Verdicts.MATCH_ORDER);
            checkpoint.finish(state.path.toString(), state.number, matches);
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
            StringBuilder s = new StringBuilder(CanonicalAnalyzer.fingerprint()).append('\n').append(options.format())
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
        final AtomicInteger pending = new AtomicInteger();
        final List<ItemDocMatch> matches = Collections.synchronizedList(new ArrayList<>());
        volatile boolean readDone;

        FileState(Path path, int number) {
            this.path = path;
            this.number = number;
        }
    }

    /** Documents copied out of a reader's buffer, handed to a scanner thread. */
    private static final class Batch {
        static final Batch END = new Batch(null);
        final FileState state;
        final List<DocRef> refs = new ArrayList<>();
        char[] chars = new char[0];
        int[] starts = new int[64];
        int[] lengths = new int[64];
        int used;
        int size;

        Batch(FileState state) {
            this.state = state;
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
