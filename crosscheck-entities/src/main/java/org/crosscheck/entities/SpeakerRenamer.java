package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Quote;

/**
 * Carries entity renames over to quote speakers and attribution sources, which other stages filled with the
 * article-local canonical name (or the name as written). A speaker is renamed only when its name maps to exactly
 * one new canonical: first by the article's own mentions, then by the whole run's; descriptions ("a US official")
 * match no mention and stay as they are. Spans are kept.
 */
final class SpeakerRenamer {
    private SpeakerRenamer() {
    }

    static AnnotatedArticle rename(AnnotatedArticle d, Map<String, Set<String>> doc, Map<String, Set<String>> run) {
        if (d.quotes().isEmpty() && d.attributions().isEmpty()) {
            return d;
        }
        List<Quote> quotes = new ArrayList<>(d.quotes().size());
        for (Quote q : d.quotes()) {
            String name = newName(q.speaker(), doc, run);
            quotes.add(name == null ? q
                    : new Quote(q.start(), q.end(), q.text(), name, q.speakerSpan(), q.speakerKind()));
        }
        List<Attribution> attributions = new ArrayList<>(d.attributions().size());
        for (Attribution a : d.attributions()) {
            String name = newName(a.source(), doc, run);
            attributions.add(name == null ? a
                    : new Attribution(a.start(), a.end(), a.text(), name, a.kind(), a.content()));
        }
        return d.withQuotes(quotes).withAttributions(attributions);
    }

    /** The new name for an old one, or {@code null} to keep it. */
    private static String newName(String old, Map<String, Set<String>> doc, Map<String, Set<String>> run) {
        if (old == null || old.isBlank()) {
            return null;
        }
        String key = LocalNames.squeeze(old);
        Set<String> local = doc.get(key);
        if (local != null) {
            return local.size() == 1 ? local.iterator().next() : null;
        }
        Set<String> global = run.get(key);
        return global != null && global.size() == 1 ? global.iterator().next() : null;
    }
}
