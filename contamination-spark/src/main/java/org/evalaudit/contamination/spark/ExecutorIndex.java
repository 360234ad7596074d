package org.evalaudit.contamination.spark;

import org.apache.spark.broadcast.Broadcast;
import org.evalaudit.contamination.ngram.ItemIndex;

/**
 * The item index of the running job, built once per executor JVM and shared by all its tasks (an
 * {@link ItemIndex} is read-only once built; each task has its own matcher). Only the latest job's index
 * is kept, so an executor that serves several jobs holds one index at a time.
 */
final class ExecutorIndex {
    private static long job = -1;
    private static ItemIndex index;

    private ExecutorIndex() {
    }

    /** The index of the job broadcast as {@code spec}, built on first use in this JVM. */
    static synchronized ItemIndex of(Broadcast<ScanJob> spec) {
        if (index == null || job != spec.id()) {
            ScanJob value = spec.value();
            index = null; // let the previous job's index go before building the next
            index = ItemIndex.build(value.benchmark(), value.seed());
            job = spec.id();
        }
        return index;
    }
}
