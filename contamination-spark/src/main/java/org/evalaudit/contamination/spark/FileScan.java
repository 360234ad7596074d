package org.evalaudit.contamination.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.scan.DocumentMatcher;
import org.evalaudit.contamination.scan.ItemDocMatch;

/**
 * One Spark task: reads one corpus file with {@link CorpusReader} and runs a {@link DocumentMatcher} over
 * each document as it is parsed, exactly what a scanner thread of
 * {@link org.evalaudit.contamination.scan.CorpusScanner} does with a batch. Memory: the executor's item
 * index, one document window and the file's evidence. A bad record fails the task with the reader's
 * {@link org.evalaudit.core.io.InputError} (file, line, field).
 */
final class FileScan implements Function<String, byte[]> {
    private static final long serialVersionUID = 1L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Broadcast<byte[]> job;

    /** @param job the serialised {@link ScanJob} */
    FileScan(Broadcast<byte[]> job) {
        this.job = job;
    }

    /** The file's {@link FileEvidence}, serialised (see {@link JavaBytes}). */
    @Override
    public byte[] call(String file) throws IOException {
        long cpu = CPU.getCurrentThreadCpuTime();
        ExecutorIndex prepared = ExecutorIndex.of(job);
        DocumentMatcher matcher = new DocumentMatcher(prepared.index());
        List<ItemDocMatch> matches = new ArrayList<>();
        long[] read = new long[3];
        new CorpusReader(prepared.job().format()).read(Path.of(file), (ref, text, from, length) -> {
            matcher.scan(ref, text, from, length, matches::add);
            read[1] += length;
            read[2]++;
        }, bytes -> read[0] += bytes);
        return JavaBytes.of(new FileEvidence(file, matches, read[0], read[1], read[2],
                CPU.getCurrentThreadCpuTime() - cpu));
    }
}
