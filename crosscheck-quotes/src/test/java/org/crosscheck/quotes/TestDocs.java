package org.crosscheck.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** Builds test articles: a regex sentence split and a tiny capitalised-name finder standing in for NER. */
final class TestDocs {

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

    private TestDocs() {
    }

    static Path shared() {
        String p = System.getProperty("crosscheck.shared");
        Path dir = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "..", "shared");
        }
        return dir;
    }

    static AnnotatedArticle bare(String text) {
        return AnnotatedArticle.of(new Article("t", null, null, null, null, "en", text, "test"));
    }

    static AnnotatedArticle annotated(String id, String text) {
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
                .withSentences(sentences).withEntities(entities(text));
    }

    static List<EntityMention> entities(String text) {
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
