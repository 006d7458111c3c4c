package org.crosscheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One checkable statement of one article: who did what, how many, when, according to whom.
 *
 * @param id          deterministic: article id and sentence offset
 * @param article     the article it comes from
 * @param start,end   the sentence (or clause) span it rests on
 * @param statement   the statement's text, as the article words it
 * @param entities    canonical names of the entities it mentions
 * @param quantities  the numbers it states
 * @param times       the times it states
 * @param attribution who the article credits it to, or {@code null} for the outlet's own voice
 * @param negated     whether the statement denies rather than asserts ("has yet to authorize", "no change")
 * @param published   the article's publication date, for telling superseded reports from disputes
 */
public record Claim(String id, String article, int start, int end, String statement, List<String> entities,
                    List<Quantity> quantities, List<TimeExpression> times, Attribution attribution, boolean negated,
                    LocalDate published) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Spanned.check(start, end, statement);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
    }

    public Evidence evidence() {
        return new Evidence(article, start, end);
    }
}
