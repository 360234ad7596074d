package org.evalaudit.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.evalaudit.core.audit.Progress;

/**
 * Shows progress of long work on stderr: a live bar (rate and ETA) on a terminal, one line at start
 * and end otherwise, so that logs of CI runs stay readable.
 */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private ProgressBar bar;
    private String task;
    private long startNanos;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void start(String taskName, long total, String unit) {
        done();
        this.task = taskName;
        this.startNanos = System.nanoTime();
        if (terminal) {
            ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(taskName)
                    .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).showSpeed();
            if ("bytes".equals(unit)) {
                builder.setUnit(" MB", 1L << 20);
            }
            bar = builder.build();
        } else {
            err.println(taskName + " ...");
            err.flush();
        }
    }

    @Override
    public void advance(long amount) {
        ProgressBar current = bar;
        if (current != null) {
            current.stepBy(amount);
        }
    }

    @Override
    public synchronized void done() {
        if (task == null) {
            return;
        }
        if (bar != null) {
            bar.close();
            bar = null;
        } else {
            err.printf("%s done in %.1f s%n", task, (System.nanoTime() - startNanos) / 1e9);
            err.flush();
        }
        task = null;
    }
}
