package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.Quote;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.state.SourceContext;

/**
 * How each article is sourced, for a reader weighing it. Only reporting text counts: an attribution or quote inside
 * a Q&amp;A or opinion region is not how the article sources its news. Flags name what to weigh:
 * {@code anonymous-sourcing}, {@code second-hand} (relays another outlet), {@code non-reporting-content},
 * {@code on-record} (a named person quoted or credited), {@code single-source-claims}, {@code duplicate}.
 */
final class SourceProfiles {

    private SourceProfiles() {
    }

    /** The context the aligner needs: copies from the clusterer, relays from the outlet attributions. */
    static SourceContext context(AnnotatedArticle doc, String duplicateOf) {
        Set<String> relays = new LinkedHashSet<>();
        for (Attribution a : reporting(doc)) {
            if (relaysAnotherOutlet(doc, a)) {
                relays.add(a.source().strip());
            }
        }
        return new SourceContext(doc.id(), doc.article().outlet(), doc.anchor(), duplicateOf, List.copyOf(relays));
    }

    static SourceProfile profile(AnnotatedArticle doc, String duplicateOf, List<ClaimGroup> groups) {
        List<Attribution> attributions = reporting(doc);
        Set<String> named = new LinkedHashSet<>();
        Set<String> anonymous = new LinkedHashSet<>();
        boolean onRecord = false;
        for (Attribution a : attributions) {
            String key = a.source().toLowerCase(Locale.ROOT).strip();
            if (a.kind().isAnonymous()) {
                anonymous.add(key);
            } else {
                named.add(key);
            }
            onRecord |= a.kind() == SourceKind.NAMED_PERSON;
        }
        int quotesOnRecord = 0;
        for (Quote q : doc.quotes()) {
            if (!doc.isNonReporting(q.span()) && q.speaker() != null && q.speakerKind() == SourceKind.NAMED_PERSON) {
                quotesOnRecord++;
            }
        }
        onRecord |= quotesOnRecord > 0;
        List<String> flags = new ArrayList<>();
        if (!anonymous.isEmpty()) {
            flags.add("anonymous-sourcing");
        }
        if (attributions.stream().anyMatch(a -> relaysAnotherOutlet(doc, a))) {
            flags.add("second-hand");
        }
        if (!doc.regions().isEmpty()) {
            flags.add("non-reporting-content");
        }
        if (onRecord) {
            flags.add("on-record");
        }
        boolean single = groups.stream().anyMatch(g -> g.status() == ClaimStatus.SINGLE_SOURCE
                && g.articles().contains(doc.id()));
        if (single) {
            flags.add("single-source-claims");
        }
        if (duplicateOf != null) {
            flags.add("duplicate");
        }
        return new SourceProfile(doc.id(), doc.article().outlet(), doc.anchor(), attributions, flags, named.size(),
                anonymous.size(), quotesOnRecord, duplicateOf);
    }

    /**
     * Whether an attribution credits another outlet. An outlet naming itself ("Coastline News has learned") is its
     * own reporting, not a relay.
     */
    static boolean relaysAnotherOutlet(AnnotatedArticle doc, Attribution a) {
        if (a.kind() != SourceKind.OUTLET || a.source().isBlank()) {
            return false;
        }
        String own = doc.article().outlet();
        return own == null || !norm(own).equals(norm(a.source()));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<Attribution> reporting(AnnotatedArticle doc) {
        return doc.attributions().stream().filter(a -> !doc.isNonReporting(a.span())).toList();
    }
}
