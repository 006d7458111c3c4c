package org.crosscheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article with everything the annotation stages found in it. Built up one stage at a time with the
 * {@code with...} methods; each returns a new record. On construction every span is checked against the text,
 * so an offset bug fails at the stage that made it.
 *
 * @param article     the cleaned article; every offset below points into {@code article.text()}
 * @param removed     page chrome that cleaning took out (offsets into the text as received)
 * @param sentences   sentences in text order
 * @param regions     stretches that are not reporting (Q&amp;A, opinion): never evidence
 * @param entities    named-entity mentions in text order
 * @param quantities  numbers with units
 * @param times       time expressions normalised against {@link #anchor()}
 * @param quotes      direct quotations with speakers
 * @param attributions source attributions
 */
public record AnnotatedArticle(Article article, List<Boilerplate> removed, List<Sentence> sentences,
                               List<Region> regions, List<EntityMention> entities, List<Quantity> quantities,
                               List<TimeExpression> times, List<Quote> quotes, List<Attribution> attributions) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        removed = List.copyOf(removed);
        sentences = List.copyOf(sentences);
        regions = List.copyOf(regions);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        String text = article.text();
        for (Sentence s : sentences) {
            within(text, s.start(), s.end(), "sentence");
        }
        for (Region r : regions) {
            within(text, r.start(), r.end(), "region");
        }
        checkAll(text, entities, "entity");
        checkAll(text, quantities, "quantity");
        checkAll(text, times, "time");
        checkAll(text, quotes, "quote");
        checkAll(text, attributions, "attribution");
    }

    /** An article with nothing found in it yet. */
    public static AnnotatedArticle of(Cleaned cleaned) {
        return new AnnotatedArticle(cleaned.article(), cleaned.removed(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public static AnnotatedArticle of(Article article) {
        return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public String id() {
        return article.id();
    }

    public String text() {
        return article.text();
    }

    /** The date relative expressions are resolved against: the article's publication date, or {@code null}. */
    public LocalDate anchor() {
        return article.published();
    }

    public AnnotatedArticle withArticle(Article a) {
        return new AnnotatedArticle(a, removed, sentences, regions, entities, quantities, times, quotes, attributions);
    }

    public AnnotatedArticle withSentences(List<Sentence> s) {
        return new AnnotatedArticle(article, removed, s, regions, entities, quantities, times, quotes, attributions);
    }

    public AnnotatedArticle withRegions(List<Region> r) {
        return new AnnotatedArticle(article, removed, sentences, r, entities, quantities, times, quotes, attributions);
    }

    public AnnotatedArticle withEntities(List<EntityMention> e) {
        return new AnnotatedArticle(article, removed, sentences, regions, e, quantities, times, quotes, attributions);
    }

    public AnnotatedArticle withQuantities(List<Quantity> q) {
        return new AnnotatedArticle(article, removed, sentences, regions, entities, q, times, quotes, attributions);
    }

    public AnnotatedArticle withTimes(List<TimeExpression> t) {
        return new AnnotatedArticle(article, removed, sentences, regions, entities, quantities, t, quotes, attributions);
    }

    public AnnotatedArticle withQuotes(List<Quote> q) {
        return new AnnotatedArticle(article, removed, sentences, regions, entities, quantities, times, q, attributions);
    }

    public AnnotatedArticle withAttributions(List<Attribution> a) {
        return new AnnotatedArticle(article, removed, sentences, regions, entities, quantities, times, quotes, a);
    }

    /** Whether an offset falls inside a non-reporting region. */
    public boolean isNonReporting(Span span) {
        for (Region r : regions) {
            if (r.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence containing an offset, or {@code null}. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private void checkAll(String text, List<? extends Spanned> items, String what) {
        for (Spanned s : items) {
            within(text, s.start(), s.end(), what);
            if (!text.regionMatches(s.start(), s.text(), 0, s.text().length())) {
                throw new IllegalArgumentException(what + " \"" + s.text() + "\" at [" + s.start() + ", " + s.end()
                        + ") does not match the text of article " + article.id() + ": \""
                        + text.substring(s.start(), s.end()) + "\"");
            }
        }
    }

    private void within(String text, int start, int end, String what) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException(what + " [" + start + ", " + end + ") outside article " + article.id()
                    + " of length " + text.length());
        }
    }
}
