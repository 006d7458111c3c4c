package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;

/**
 * Stands in for the segmenter and the entity stage, which this module does not depend on, so that the quote rules can
 * be measured and tested alone: sentences from {@link TextUnits#split} (a paragraph per line break), and entities from
 * a tiny capitalised-name finder. A run of capitalised words, leading function words, titles and roles dropped, is a
 * person, or an organisation when one of its words is an organisation word ("Council", "Reuters"); a lone surname is
 * kept only as a later mention of a full name seen before it. Nowhere near real NER: it is not used in production.
 */
final class StandInAnnotator {

    private static final Pattern NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'-]+)*");
    private static final Set<String> ORG = Set.of("house", "department", "ministry", "council", "committee",
            "times", "post", "news", "party", "agency", "pentagon", "kremlin", "nato", "cnn", "afp", "reuters",
            "journal", "press", "senate", "congress", "office", "bbc", "figaro", "intelligence", "network");
    private static final Set<String> SKIP = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "but",
            "and", "on", "in", "as", "at", "if", "when", "after", "last", "this", "that", "according", "however",
            "meanwhile", "while", "although", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "initially", "despite", "for", "with", "by", "our", "his", "her", "their", "there", "what",
            "some", "many", "secretary", "president", "spokesperson", "sources", "officials", "editor", "ukrainian",
            "russian", "american", "us", "u.s.", "french", "german", "chancellor", "minister", "representative",
            "senator", "white", "house", "defense", "defence", "foreign", "prime", "deputy", "coordinator", "dr.",
            "later", "harbour", "warden", "engineer", "captain", "then");

    private StandInAnnotator() {
    }

    /** The text as an English article with stand-in sentences and entities. */
    static AnnotatedArticle annotate(String id, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int para = 0;
        int lastEnd = 0;
        for (Span s : TextUnits.split(text)) {
            if (text.substring(lastEnd, s.start()).contains("\n")) {
                para++;
            }
            sentences.add(new Sentence(s.start(), s.end(), List.of(), para));
            lastEnd = s.end();
        }
        return AnnotatedArticle.of(new Article(id, null, null, null, null, "en", text, id))
                .withSentences(sentences).withEntities(names(text));
    }

    /** Capitalised names, as persons or organisations, in text order. */
    static List<EntityMention> names(String text) {
        List<EntityMention> out = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int s = m.start();
            String g = m.group();
            String[] w = g.split("\\s+");
            int drop = 0;
            while (drop < w.length && (SKIP.contains(w[drop].toLowerCase(Locale.ROOT))
                    || Lexicon.TITLES.contains(w[drop].toLowerCase(Locale.ROOT))
                    || Lexicon.ROLE_HEADS.contains(w[drop].toLowerCase(Locale.ROOT)))) {
                s += w[drop].length();
                while (s < m.end() && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                drop++;
            }
            if (drop == w.length) {
                continue;
            }
            String name = text.substring(s, m.end()).replaceAll("[’']s$", "");
            int e = s + name.length();
            boolean org = false;
            for (String x : name.toLowerCase(Locale.ROOT).split("\\s+")) {
                org |= ORG.contains(x);
            }
            String canonical = name;
            if (!org && !name.contains(" ")) {
                for (String p : persons) {
                    if (p.endsWith(" " + name)) {
                        canonical = p;
                    }
                }
                if (canonical.equals(name)) {
                    continue;
                }
            } else if (!org) {
                persons.add(name);
            }
            out.add(new EntityMention(s, e, name, org ? EntityType.ORGANIZATION : EntityType.PERSON, canonical));
        }
        return out;
    }
}
