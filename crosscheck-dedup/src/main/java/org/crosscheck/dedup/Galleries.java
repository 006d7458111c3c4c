package org.crosscheck.dedup;

/**
 * Photo galleries saved into an article's text: a paragraph of captions, each numbered "3 of 22". News sites reuse one
 * gallery under many different articles, so left in, a long gallery makes unrelated articles look like copies of one
 * another. The test is the gallery widget's counter format, not any site's wording.
 */
final class Galleries {

    /** A paragraph with this many "N of M" counters is a gallery. */
    static final int MIN_COUNTERS = 3;

    private Galleries() {
    }

    /** Whether {@code text[start, end)} reads as a run of numbered gallery captions. */
    static boolean isGallery(String text, int start, int end) {
        int counters = 0;
        for (int i = text.indexOf(" of ", start); i >= 0 && i + 4 < end; i = text.indexOf(" of ", i + 4)) {
            if (i > start && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 4))
                    && ++counters >= MIN_COUNTERS) {
                return true;
            }
        }
        return false;
    }
}
