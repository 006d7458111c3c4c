package org.crosscheck.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Boilerplate;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Region;
import org.crosscheck.api.RegionKind;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.TimeType;

/**
 * Fictional articles (invented outlets, people and places) with every kind of annotation, written for these
 * tests. Each carries a made-up marker word, {@link #marker(int)}, that no other article contains.
 */
final class Fixtures {
    static final List<String> OUTLETS = List.of("The Valmora Ledger", "Coastline News", "Estrava Daily Wire",
            "Northern Courier");

    private Fixtures() {
    }

    /** A word found only in article n: letters only, so every analyzer keeps it whole. */
    static String marker(int n) {
        StringBuilder s = new StringBuilder("zq");
        int v = n;
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return s.append("vex").toString();
    }

    static String id(int n) {
        return "fx-" + n;
    }

    static AnnotatedArticle article(int n) {
        return article(n, "");
    }

    /** Article n; {@code variant} changes its text (an updated version of the same article). */
    static AnnotatedArticle article(int n, String variant) {
        String speaker = "Tomas Rehn";
        String quote = "“The port stays open while talks continue,”";
        String text = "Dockworkers in Valmora walked out on Monday, the union said, as about 2,500 workers joined the"
                + " strike " + marker(n) + variant + ". " + quote + " said " + speaker + ", the port director.\n\n"
                + "According to two officials familiar with the talks, the ministry approved the closure.";
        LocalDate published = LocalDate.of(2031, 10, 1).plusDays(n % 20);
        Article a = new Article(id(n), OUTLETS.get(n % OUTLETS.size()), published, "https://example.invalid/" + n,
                "Strike at the Port of Valmora, report " + n, "en", text, "fixtures.jsonl:" + (n + 1));
        int first = text.indexOf(". ") + 1;
        int second = text.indexOf("\n\n");
        List<Span> tokens = new ArrayList<>();
        tokens.add(new Span(0, 11));
        tokens.add(new Span(12, 14));
        List<Sentence> sentences = List.of(new Sentence(0, first, tokens, 0),
                new Sentence(first + 1, second, List.of(), 0), new Sentence(second + 2, text.length(), List.of(), 1));
        int v = text.indexOf("Valmora");
        int rehn = text.indexOf(speaker);
        int q = text.indexOf(quote);
        int num = text.indexOf("2,500 workers");
        int mon = text.indexOf("Monday");
        int off = text.indexOf("two officials familiar with the talks");
        return new AnnotatedArticle(a,
                List.of(new Boilerplate(0, 9, "Subscribe", "call to action")),
                sentences,
                List.of(new Region(second + 2, text.length(), RegionKind.OPINION, "fixture region")),
                List.of(new EntityMention(v, v + 7, "Valmora", EntityType.LOCATION, "Valmora"),
                        new EntityMention(rehn, rehn + speaker.length(), speaker, EntityType.PERSON, speaker)),
                List.of(new Quantity(num, num + 13, "2,500 workers", 2500, "workers", Qualifier.APPROXIMATELY,
                        "workers", new Quantity.Converted(2.5, "thousand workers"))),
                List.of(new TimeExpression(mon, mon + 6, "Monday", TimeType.DATE, "2031-10-06")),
                List.of(new Quote(q, q + quote.length(), quote, speaker, new Span(rehn, rehn + speaker.length()),
                        SourceKind.NAMED_PERSON)),
                List.of(new Attribution(off, off + 37, "two officials familiar with the talks",
                        "two officials familiar with the talks", SourceKind.ANONYMOUS_OFFICIAL,
                        new Span(off + 39, text.length()))));
    }

    /** Story k of a stream: articles are spread over stories so some have several members. */
    static String storyOf(int n) {
        return "s-" + (n / 3);
    }

    static StoryAssignment assignment(int n) {
        return new StoryAssignment(id(n), storyOf(n), n % 3 == 0, n % 3 == 0 ? 1.0 : 0.5 + (n % 7) / 100.0,
                n % 5 == 4 ? id(n - 1) : null);
    }

    static Ingest ingest(int n) {
        return new Ingest(article(n), assignment(n));
    }
}
