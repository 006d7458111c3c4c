package org.crosscheck.api;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a text.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text; fails with both offsets and the text length when the span does not fit. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") past text of length " + text.length());
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }
}
