package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalaudit.contamination.bench.SyntheticData;
import org.evalaudit.contamination.corpus.JsonlChunker;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.model.Benchmark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {
    @TempDir
    Path dir;
    private Benchmark benchmark;
    private ScanOptions options;

    @BeforeEach
    void corpus() throws IOException {
        SyntheticData data = new SyntheticData(11);
        benchmark = data.benchmark(300);
        for (int f = 0; f < 4; f++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("part-" + f + ".jsonl"))) {
                data.corpus(benchmark, 400_000, 10, out);
            }
        }
        options = ScanOptions.of(List.of(dir + "/part-*.jsonl")).withThreads(2);
    }

    private static String files(ScanResult r) {
        return r.itemsTable().rows() + "\n" + r.docsTable().rows();
    }

    @Test
    void findsThePlantedItemsAndIsDeterministicWhateverTheThreads() throws IOException {
        ScanResult two = CorpusScanner.scan(benchmark, options, Progress.NONE);
        ScanResult one = CorpusScanner.scan(benchmark, options.withThreads(1), Progress.NONE);
        assertTrue(two.dirtyItems() > 0);
        assertEquals(files(one), files(two));
        assertEquals(4, two.stats().searched().files());
    }

    /**
     * A compressed file of several chunks, scanned by one scanner thread (the reader scans chunks itself
     * when the queue is full), gives the files of the same corpus scanned as plain JSON Lines.
     */
    @Test
    void compressedMultiChunkFilesGiveThePlainFilesResults() throws IOException {
        SyntheticData data = new SyntheticData(13);
        Path plain = dir.resolve("big/corpus.jsonl");
        Files.createDirectories(plain.getParent());
        try (OutputStream out = Files.newOutputStream(plain)) {
            data.corpus(benchmark, 3 * JsonlChunker.CHUNK_BYTES, 50, out);
        }
        Path zst = dir.resolve("big/corpus.jsonl.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst))) {
            Files.copy(plain, out);
        }
        ScanResult fromPlain = CorpusScanner.scan(benchmark, ScanOptions.of(List.of(plain.toString())).withThreads(2),
                Progress.NONE);
        ScanResult fromZst = CorpusScanner.scan(benchmark, ScanOptions.of(List.of(zst.toString())).withThreads(1),
                Progress.NONE);
        assertTrue(fromPlain.dirtyItems() > 10);
        assertEquals(files(fromPlain), files(fromZst).replace("corpus.jsonl.zst", "corpus.jsonl"));
        assertEquals(fromPlain.stats().chars(), fromZst.stats().chars());
        assertEquals(fromPlain.stats().documents(), fromZst.stats().documents());
    }

    @Test
    void aResumedScanEqualsAnUninterruptedOne() throws IOException {
        ScanResult uninterrupted = CorpusScanner.scan(benchmark, options, Progress.NONE);
        Path checkpoint = dir.resolve("checkpoint");
        CorpusScanner.scan(benchmark, options.withCheckpoint(checkpoint, false), Progress.NONE);
        // simulate a crash after two files: forget the last two finished files
        Path manifest = checkpoint.resolve("manifest.tsv");
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        Files.write(manifest, lines.subList(0, 2), StandardCharsets.UTF_8);
        ScanResult resumed = CorpusScanner.scan(benchmark, options.withCheckpoint(checkpoint, true), Progress.NONE);
        assertEquals(2, resumed.stats().resumedFiles());
        assertEquals(files(uninterrupted), files(resumed));
        assertEquals(uninterrupted.stats().searched(), resumed.stats().searched(), "the resumed files count as searched");
        assertTrue(resumed.stats().documents() < resumed.stats().searched().documents(), "this run read fewer");
    }

    @Test
    void aCheckpointOfOtherInputsIsNotReused() throws IOException {
        Path checkpoint = dir.resolve("checkpoint");
        CorpusScanner.scan(benchmark, options.withCheckpoint(checkpoint, false), Progress.NONE);
        Benchmark other = new SyntheticData(12).benchmark(50);
        ScanResult resumed = CorpusScanner.scan(other, options.withCheckpoint(checkpoint, true), Progress.NONE);
        assertEquals(0, resumed.stats().resumedFiles());
    }

    /**
     * Under skip, a corpus with bad lines gives the scan of the same corpus without them, counts and lists
     * them, and a scan resumed from a checkpoint reports the bad records of the files it did not read again.
     */
    @Test
    void badRecordsSkippedAreCountedAlsoAfterAResume() throws IOException {
        ScanResult clean = CorpusScanner.scan(benchmark, options, Progress.NONE);
        for (int f : new int[] {1, 3}) {
            Path part = dir.resolve("part-" + f + ".jsonl");
            List<String> lines = new ArrayList<>(Files.readAllLines(part, StandardCharsets.UTF_8));
            lines.add(3, "{\"text\": broken}");
            lines.add(7, "{\"id\": \"no text\"}");
            Files.write(part, lines, StandardCharsets.UTF_8);
        }
        ScanOptions skipping = options.withFormat(options.format().withOnError(ErrorPolicy.SKIP));
        Path checkpoint = dir.resolve("checkpoint");
        ScanResult skipped = CorpusScanner.scan(benchmark, skipping.withCheckpoint(checkpoint, false), Progress.NONE);
        assertEquals(4, skipped.stats().skippedRecords());
        assertEquals(List.of(dir.resolve("part-1.jsonl") + ":4: invalid JSON: Unrecognized token 'broken': was "
                + "expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                dir.resolve("part-1.jsonl") + ":8: field \"text\": no string field \"text\" or \"content\" (use --text-field)"),
                skipped.stats().skippedAt().subList(0, 2));
        // the shifted lines change the documents' fallback ids, not the evidence
        assertEquals(clean.dirtyItems(), skipped.dirtyItems());
        assertEquals(clean.stats().documents(), skipped.stats().documents());

        Path manifest = checkpoint.resolve("manifest.tsv");
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        Files.write(manifest, lines.stream().filter(l -> !l.startsWith(dir.resolve("part-3.jsonl").toString())).toList(),
                StandardCharsets.UTF_8);
        ScanResult resumed = CorpusScanner.scan(benchmark, skipping.withCheckpoint(checkpoint, true), Progress.NONE);
        assertEquals(3, resumed.stats().resumedFiles());
        assertEquals(skipped.stats().skippedRecords(), resumed.stats().skippedRecords());
        assertEquals(skipped.stats().skippedAt(), resumed.stats().skippedAt());
        assertEquals(files(skipped), files(resumed));
    }

    @Test
    void aBadFileStopsTheScanWithItsLocation() throws IOException {
        Files.writeString(dir.resolve("part-2.jsonl"), "{\"text\": \"fine\"}\n{\"text\": broken}\n");
        InputError e = assertThrows(InputError.class, () -> CorpusScanner.scan(benchmark, options, Progress.NONE));
        assertEquals(dir.resolve("part-2.jsonl"), e.file());
        assertEquals(2, e.line());
    }

    @Test
    void reportsProgressInBytesOfTheFiles() throws IOException {
        long[] seen = new long[2];
        Progress progress = new Progress() {
            @Override
            public void start(String task, long total, String unit) {
                seen[0] = total;
            }

            @Override
            public synchronized void advance(long amount) {
                seen[1] += amount;
            }

            @Override
            public void done() {
            }
        };
        CorpusScanner.scan(benchmark, options, progress);
        long size = 0;
        for (int f = 0; f < 4; f++) {
            size += Files.size(dir.resolve("part-" + f + ".jsonl"));
        }
        assertEquals(size, seen[0]);
        assertEquals(size, seen[1]);
    }
}
