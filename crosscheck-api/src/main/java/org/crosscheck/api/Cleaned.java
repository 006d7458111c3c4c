package org.crosscheck.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of cleaning: the article with its body reduced to reporting text, what was removed, and a
 * publication date read from a dateline in the text (used when the input gave none).
 *
 * @param article   the article whose {@code text} is the cleaned body
 * @param removed   the chrome taken out, with offsets into the original text
 * @param dateline  a date printed in the text as its dateline, or {@code null}
 */
public record Cleaned(Article article, List<Boilerplate> removed, LocalDate dateline) {
    public Cleaned {
        removed = List.copyOf(removed);
    }
}
