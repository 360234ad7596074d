package org.evalaudit.contamination.spark;

import org.apache.spark.broadcast.Broadcast;
import org.evalaudit.contamination.ngram.ItemIndex;

/**
 * The running job and its item index, deserialised and built once per executor JVM and shared by all its
 * tasks (an {@link ItemIndex} is read-only once built; each task has its own matcher). Only the latest
 * job is kept, so an executor that serves several jobs holds one index at a time.
 *
 * @param job what the driver broadcast
 * @param index the index built from it
 */
record ExecutorIndex(ScanJob job, ItemIndex index) {
    private static long current = -1;
    private static ExecutorIndex prepared;

    /** The job broadcast as {@code broadcast} (a serialised {@link ScanJob}), prepared on first use in this JVM. */
    static synchronized ExecutorIndex of(Broadcast<byte[]> broadcast) {
        if (prepared == null || current != broadcast.id()) {
            prepared = null; // let the previous job's index go before building the next
            ScanJob job = JavaBytes.read(broadcast.value(), ScanJob.class);
            prepared = new ExecutorIndex(job, ItemIndex.build(job.benchmark(), job.seed()));
            current = broadcast.id();
        }
        return prepared;
    }
}
