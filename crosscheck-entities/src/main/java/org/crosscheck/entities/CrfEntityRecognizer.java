package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;
import org.crosscheck.api.stage.EntityRecognizer;

/**
 * Named entities from the CoreNLP 3-class CRF (PERSON, ORGANIZATION, LOCATION), refined by general patterns:
 * weapon names ({@link WeaponFinder}), laws ({@link LawFinder}), regions ({@link PlaceFinder}), acronyms
 * introduced with their expansion ({@link Acronyms}); edges repaired by {@link MentionCleanup}; canonical names
 * chosen within the article by {@link LocalNames}.
 *
 * <p>Uses the article's sentences and tokens when the segmenter has run, so mentions line up with token edges
 * other stages see; otherwise splits the text itself. A pattern-found name replaces any CRF mention it overlaps,
 * and once a name is known as a weapon, law or region in an article, its other bare occurrences there are too ("ATACMS"
 * alone, after "ATACMS missiles"). The model loads on the first call, not on construction. Stateless and safe to
 * share between threads.
 */
public final class CrfEntityRecognizer implements EntityRecognizer {

    public CrfEntityRecognizer() {
        // the CRF model is loaded lazily by CrfModel on first use
    }

    @Override
    public List<EntityMention> recognize(AnnotatedArticle doc) {
        if (doc == null || doc.text() == null || doc.text().isBlank()) {
            return List.of();
        }
        String text = doc.text();
        List<List<Span>> sentences = sentences(doc);
        List<Found> crf = new ArrayList<>();
        for (List<Span> tokens : sentences) {
            crf.addAll(CrfTagger.tag(text, tokens));
        }
        crf = MentionCleanup.clean(text, crf);

        List<Acronyms.Pair> pairs = new ArrayList<>(Acronyms.find(text));
        List<Found> weapons = WeaponFinder.find(text, sentences);
        List<Found> laws = LawFinder.find(text);
        List<Found> named = new ArrayList<>(laws);
        named.addAll(weapons);
        named.addAll(crf);
        pairs.addAll(Acronyms.byInitials(text, named, pairs));
        List<Found> patterned = new ArrayList<>(weapons);
        patterned.addAll(laws);
        // an explicit "Expansion (ACR)" is the strongest evidence of a name's extent, so it goes first
        List<Found> fine = new ArrayList<>();
        addAll(fine, acronymMentions(text, pairs, patterned, crf));
        addAll(fine, weapons);
        addAll(fine, laws);
        addAll(fine, PlaceFinder.find(text));
        addAll(fine, StateFinder.find(text));
        addAll(fine, propagate(text, fine));

        List<Found> all = new ArrayList<>(fine);
        for (Found c : crf) {
            if (fine.stream().noneMatch(c::overlaps)) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        return LocalNames.name(text, MentionCleanup.retypeOrganizationHeads(text, all), pairs);
    }

    /** The segmenter's tokens per sentence, or our own when there are none. */
    static List<List<Span>> sentences(AnnotatedArticle doc) {
        String text = doc.text();
        if (doc.sentences().isEmpty()) {
            return SimpleTokenizer.sentences(text);
        }
        List<List<Span>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Span> tokens = new ArrayList<>();
            for (Span t : s.tokens()) {
                if (t.end() > t.start() && t.end() <= text.length()) {
                    tokens.add(t);
                }
            }
            if (tokens.isEmpty() && s.end() <= text.length()) {
                tokens = SimpleTokenizer.tokens(text, s.start(), s.end());
            }
            if (!tokens.isEmpty()) {
                out.add(tokens);
            }
        }
        return out;
    }

    /**
     * Both halves of each acronym pair as mentions, typed like the name where either is already found (a weapon
     * when the expansion ends in a weapon word such as "Missile Systems"), else as an organisation.
     */
    private static List<Found> acronymMentions(String text, List<Acronyms.Pair> pairs, List<Found> fine,
                                               List<Found> crf) {
        List<Found> out = new ArrayList<>();
        for (Acronyms.Pair p : pairs) {
            String acr = text.substring(p.acronymStart(), p.acronymEnd());
            String exp = text.substring(p.expansionStart(), p.expansionEnd());
            EntityType type = null;
            for (Found f : fine) {
                String t = f.text(text);
                if (t.equals(acr) || t.equals(exp)) {
                    type = LocalNames.moreSpecific(type, f.type());
                }
            }
            if (type == null && containsWeaponWord(exp)) {
                type = EntityType.WEAPON;
            }
            for (Found f : crf) {
                String t = f.text(text);
                if (type == null && (t.equals(acr) || t.equals(exp))) {
                    type = f.type();
                }
            }
            EntityType chosen = type == null ? EntityType.ORGANIZATION : type;
            out.add(new Found(p.acronymStart(), p.acronymEnd(), chosen));
            out.add(new Found(p.expansionStart(), p.expansionEnd(), chosen));
        }
        return out;
    }

    private static boolean containsWeaponWord(String name) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (Lexicon.WEAPON_HEADS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Other whole-word occurrences of every fine-typed name in the article. */
    private static List<Found> propagate(String text, List<Found> fine) {
        Set<String> names = new LinkedHashSet<>();
        List<EntityType> types = new ArrayList<>();
        for (Found f : fine) {
            if (names.add(f.text(text))) {
                types.add(f.type());
            }
        }
        List<Found> out = new ArrayList<>();
        int k = 0;
        for (String name : names) {
            EntityType type = types.get(k++);
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (m.find()) {
                out.add(new Found(m.start(), m.end(), type));
            }
        }
        return out;
    }

    /** Adds each candidate that does not overlap one already kept (earlier finders win). */
    private static void addAll(List<Found> kept, List<Found> candidates) {
        for (Found c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
    }
}
