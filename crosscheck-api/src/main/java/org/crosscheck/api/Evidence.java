package org.crosscheck.api;

/** A span of one article's annotated text that a statement rests on. */
public record Evidence(String article, int start, int end) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ") in " + article);
        }
    }
}
