package org.evalaudit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.evalaudit.core.audit.Progress;

/**
 * Shows progress of long work on stderr: a live bar (rate and ETA) on a terminal; otherwise, so that logs
 * of CI runs stay readable, one line at the start, one every {@link #LOG_EVERY_SECONDS} seconds with the
 * amount done, the rate and the time left, and one at the end with the rate.
 */
final class ConsoleProgress implements Progress {
    static final long LOG_EVERY_SECONDS = 30;
    private static final double MB = 1 << 20;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final AtomicLong doneAmount = new AtomicLong();
    private ProgressBar bar;
    private String task;
    private long total;
    private boolean bytes;
    private String unit;
    private long startNanos;
    private volatile long nextLogNanos;

    ConsoleProgress(PrintWriter err) {
        this(err, System.console() != null, System::nanoTime);
    }

    ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void start(String taskName, long totalAmount, String unitName) {
        done();
        this.task = taskName;
        this.total = totalAmount;
        this.bytes = "bytes".equals(unitName);
        this.unit = unitName;
        this.startNanos = nanoTime.getAsLong();
        this.nextLogNanos = startNanos + LOG_EVERY_SECONDS * 1_000_000_000L;
        doneAmount.set(0);
        if (terminal) {
            ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(taskName)
                    .setInitialMax(totalAmount).setStyle(ProgressBarStyle.ASCII).showSpeed();
            if (bytes) {
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
            return;
        }
        long soFar = doneAmount.addAndGet(amount);
        if (nanoTime.getAsLong() >= nextLogNanos) {
            logProgress(soFar);
        }
    }

    /** One line of a non-terminal log: done so far, rate and time left (when the total is known). */
    private synchronized void logProgress(long soFar) {
        long now = nanoTime.getAsLong();
        if (task == null || now < nextLogNanos) {
            return;
        }
        nextLogNanos = now + LOG_EVERY_SECONDS * 1_000_000_000L;
        double seconds = (now - startNanos) / 1e9;
        String read = bytes ? " read" : "";
        StringBuilder line = new StringBuilder(task).append(": ").append(number(soFar));
        line.append(total > 0 ? String.format(Locale.ROOT, " of %s%s (%.0f%%)", number(total), read, 100.0 * soFar / total)
                : read);
        line.append(", ").append(rate(soFar, seconds));
        if (total > 0 && soFar > 0 && soFar < total) {
            line.append(String.format(Locale.ROOT, ", about %.0f s left", seconds * (total - soFar) / soFar));
        }
        err.println(line);
        err.flush();
    }

    /** An amount as the log shows it: megabytes for bytes, a plain count otherwise. */
    private String number(long value) {
        return bytes ? String.format(Locale.ROOT, "%.1f MB", value / MB) : Long.toString(value);
    }

    private String rate(long value, double seconds) {
        double perSecond = seconds > 0 ? value / seconds : 0;
        return bytes ? String.format(Locale.ROOT, "%.1f MB/s", perSecond / MB)
                : String.format(Locale.ROOT, "%.0f %s/s", perSecond, unit);
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
            double seconds = (nanoTime.getAsLong() - startNanos) / 1e9;
            long soFar = doneAmount.get();
            String summary = soFar > 0 ? String.format(Locale.ROOT, " (%s %s, %s)", number(soFar), bytes ? "read" : unit,
                    rate(soFar, seconds)) : "";
            err.printf(Locale.ROOT, "%s done in %.1f s%s%n", task, seconds, summary);
            err.flush();
        }
        task = null;
    }
}
