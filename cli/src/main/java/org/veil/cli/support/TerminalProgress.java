package org.veil.cli.support;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.veil.core.run.ProgressListener;

/**
 * Shows long work as a progress bar on stderr when Veil runs in a terminal, and nothing at all in
 * pipes and files (DESIGN.md section 4.5). One bar per task name; a new task closes the previous bar.
 * Thread-safe: reports from several workers are serialised.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
    /** Where bars go; null when there is no terminal (then nothing is shown). */
    private final PrintStream stream;
    private ProgressBar bar;
    private String task;

    private TerminalProgress(PrintStream stream) {
        this.stream = stream;
    }

    /** Progress bars on stderr when there is a terminal and {@code quiet} is false; otherwise silent. */
    public static TerminalProgress forConsole(boolean quiet) {
        return new TerminalProgress(quiet || System.console() == null ? null : System.err);
    }

    @Override
    public synchronized void progress(String taskName, long done, long total) {
        if (stream == null) {
            return;
        }
        if (bar == null || !taskName.equals(task)) {
            closeBar();
            task = taskName;
            bar = new ProgressBarBuilder().setTaskName(taskName).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).continuousUpdate().build();
        }
        if (total > 0) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
