package org.crosscheck.cli;

/** The exit statuses every command uses. */
final class ExitCodes {
    static final int OK = 0;
    /** Nothing could be read, or the run failed. */
    static final int FAILURE = 1;
    /** Wrong usage: picocli's own status for a bad option or parameter. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
