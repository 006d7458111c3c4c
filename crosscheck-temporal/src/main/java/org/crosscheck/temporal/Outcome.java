package org.crosscheck.temporal;

import java.time.LocalDate;

/**
 * What became of one gold or found time expression when {@link TimeMlBenchmark} scored a document: the unit of its
 * error analysis.
 *
 * @param part       the sub-corpus (first folder under the scored one), or "." for files directly in it
 * @param goldText   the gold expression's text, or null for an {@link Kind#EXTRA} one
 * @param foundText  the found expression's text, or null for a {@link Kind#MISSED} one
 * @param foundType  the found expression's TIMEX3 type, or null for a {@link Kind#MISSED} one
 * @param context    up to a sentence of text around the expression, for reading it in place
 */
record Outcome(Kind kind, String part, String document, LocalDate anchor, String goldText, String goldValue,
               String goldType, String foundText, String foundValue, String foundType, String context) {

    /** How a gold or found expression was scored. */
    enum Kind {
        /** Spans overlap and values are equal. */
        RIGHT,
        /** Spans overlap, values differ. */
        WRONG_VALUE,
        /** A gold expression nothing found overlaps. */
        MISSED,
        /** A found expression no gold one overlaps. */
        EXTRA
    }

    /** The error-analysis category: what kind of expression, and for a wrong value how it went wrong. */
    String category() {
        return ErrorCategories.of(this);
    }
}
