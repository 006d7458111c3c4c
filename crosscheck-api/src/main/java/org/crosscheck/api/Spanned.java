package org.crosscheck.api;

/**
 * Something found at a place in an article's text. {@link #text()} is always {@code articleText.substring(start, end)};
 * {@link AnnotatedArticle} checks that on construction.
 */
public interface Spanned {
    int start();

    int end();

    String text();

    default Span span() {
        return new Span(start(), end());
    }

    /** Checks the record's own invariant: offsets in order and the text as long as the span. */
    static void check(int start, int end, String text) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for \"" + text + "\"");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("text \"" + text + "\" does not fit span [" + start + ", " + end + ")");
        }
    }
}
