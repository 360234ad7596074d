package org.evalaudit.core.audit;

/** Receives progress of long work (corpus scans, bootstraps); the CLI shows it as a bar on stderr. */
public interface Progress {

    /** Does nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total, String unit) {
        }

        @Override
        public void advance(long amount) {
        }

        @Override
        public void done() {
        }
    };

    /** Begins a task of {@code total} units ({@code -1} when unknown), e.g. bytes. */
    void start(String task, long total, String unit);

    /** Thread-safe: may be called from worker threads. */
    void advance(long amount);

    void done();
}
