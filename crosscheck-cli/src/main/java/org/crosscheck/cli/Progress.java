package org.crosscheck.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error, shown only to a person at a terminal and only for runs long enough to need one:
 * piped output and scripts stay clean.
 */
final class Progress implements AutoCloseable {

    static final int MIN_ARTICLES = 6;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, int total, boolean quiet) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        if (quiet || !terminal || total < MIN_ARTICLES) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                        System.err)).setUpdateIntervalMillis(200).build());
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
