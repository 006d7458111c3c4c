package org.crosscheck.store;

/** What a run did, counted. */
public record RunCounts(long articlesRead, long articlesWritten, long articlesUnchanged, long problems) {
    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0);
}
