package org.crosscheck.api;

import java.util.Objects;

/**
 * A stretch of an article that is not reporting: nothing inside it may support a claim.
 *
 * @param why a sentence a reader can check ("Q&A with an expert who has no verifiable affiliation")
 */
public record Region(int start, int end, RegionKind kind, String why) {
    public Region {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad region [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
    }

    public Span span() {
        return new Span(start, end);
    }
}
