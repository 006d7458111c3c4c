package org.crosscheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A group of articles about one event or development.
 *
 * @param id       deterministic: derived from the id of the article that started it
 * @param articles member article ids, in order of arrival
 * @param first    earliest publication date among the members, or {@code null}
 * @param last     latest publication date among the members, or {@code null}
 */
public record Story(String id, List<String> articles, List<String> outlets, LocalDate first, LocalDate last) {
    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
    }
}
