package org.crosscheck.api;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /** The story of these members, in the order given: their ids, distinct outlets and date range. */
    public static Story of(String id, List<AnnotatedArticle> members) {
        Set<String> outlets = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (AnnotatedArticle d : members) {
            if (d.article().outlet() != null) {
                outlets.add(d.article().outlet());
            }
            LocalDate p = d.anchor();
            if (p != null) {
                first = first == null || p.isBefore(first) ? p : first;
                last = last == null || p.isAfter(last) ? p : last;
            }
        }
        return new Story(id, members.stream().map(AnnotatedArticle::id).distinct().toList(), List.copyOf(outlets),
                first, last);
    }
}
