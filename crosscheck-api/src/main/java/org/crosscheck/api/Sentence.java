package org.crosscheck.api;

import java.util.List;

/**
 * A sentence of an article's text with its tokens, all as offsets into that text.
 *
 * @param paragraph zero-based index of the paragraph the sentence sits in
 */
public record Sentence(int start, int end, List<Span> tokens, int paragraph) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
        for (Span t : tokens) {
            if (t.start() < start || t.end() > end) {
                throw new IllegalArgumentException("token " + t + " outside sentence [" + start + ", " + end + ")");
            }
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
