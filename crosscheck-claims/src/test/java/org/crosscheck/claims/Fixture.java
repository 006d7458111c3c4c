package org.crosscheck.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
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
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.TimeType;
import org.crosscheck.api.state.SourceContext;

/**
 * Builds fictional annotated articles sentence by sentence, as the upstream stages would annotate them. Every
 * annotation is located inside the most recent sentence by its surface text.
 */
final class Fixture {

    private final String id;
    private final String outlet;
    private final LocalDate published;
    private String title;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private int paragraph;
    private Integer regionStart;

    private Fixture(String id, String outlet, String published) {
        this.id = id;
        this.outlet = outlet;
        this.published = published == null ? null : LocalDate.parse(published);
    }

    static Fixture article(String id, String outlet, String published) {
        return new Fixture(id, outlet, published);
    }

    Fixture title(String t) {
        this.title = t;
        return this;
    }

    Fixture s(String sentence) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int start = text.length();
        text.append(sentence);
        sentences.add(new Sentence(start, text.length(), List.of(), paragraph));
        return this;
    }

    Fixture paragraph() {
        text.append('\n');
        paragraph++;
        return this;
    }

    /** Everything added until {@link #endRegion()} is a non-reporting region. */
    Fixture beginRegion() {
        regionStart = text.length() + (text.isEmpty() ? 0 : 1);
        return this;
    }

    Fixture endRegion() {
        regions.add(new Region(regionStart, text.length(), RegionKind.INTERVIEW, "fictional Q&A"));
        regionStart = null;
        return this;
    }

    private Span find(String surface) {
        Sentence last = sentences.get(sentences.size() - 1);
        int at = text.indexOf(surface, last.start());
        if (at < 0 || at + surface.length() > last.end()) {
            throw new IllegalArgumentException("'" + surface + "' not in the last sentence");
        }
        return new Span(at, at + surface.length());
    }

    Fixture e(String surface, EntityType type, String canonical) {
        Span sp = find(surface);
        entities.add(new EntityMention(sp.start(), sp.end(), surface, type, canonical));
        return this;
    }

    Fixture loc(String surface, String canonical) {
        return e(surface, EntityType.LOCATION, canonical);
    }

    Fixture person(String surface, String canonical) {
        return e(surface, EntityType.PERSON, canonical);
    }

    Fixture q(String surface, double value, String unit, Qualifier qualifier) {
        Span sp = find(surface);
        quantities.add(new Quantity(sp.start(), sp.end(), surface, value, unit, qualifier, null, null));
        return this;
    }

    Fixture t(String surface, String value) {
        Span sp = find(surface);
        times.add(new TimeExpression(sp.start(), sp.end(), surface, TimeType.DATE, value));
        return this;
    }

    Fixture quote(String surface, String speaker, SourceKind kind) {
        Span sp = find(surface);
        quotes.add(new Quote(sp.start(), sp.end(), surface, speaker, null, kind));
        return this;
    }

    /**
     * A quotation anywhere in the text so far (it may run over several sentences), its speaker named at the first
     * occurrence of {@code named}.
     */
    Fixture quoteOver(String surface, String speaker, String named, SourceKind kind) {
        int at = text.indexOf(surface);
        int who = text.indexOf(named);
        if (at < 0 || who < 0) {
            throw new IllegalArgumentException("'" + surface + "' or '" + named + "' not in the text");
        }
        quotes.add(new Quote(at, at + surface.length(), surface, speaker, new Span(who, who + named.length()), kind));
        return this;
    }

    Fixture attr(String surface, String source, SourceKind kind) {
        Span sp = find(surface);
        Sentence last = sentences.get(sentences.size() - 1);
        attributions.add(new Attribution(sp.start(), sp.end(), surface, source, kind, last.span()));
        return this;
    }

    AnnotatedArticle build() {
        Article a = new Article(id, outlet, published, null, title, "en", text.toString(), "fixture");
        return new AnnotatedArticle(a, List.of(), sentences, regions, entities, quantities, times, quotes,
                attributions);
    }

    /** The sentence claims of some articles, in order. */
    static List<Claim> claims(List<AnnotatedArticle> docs) {
        List<Claim> out = new ArrayList<>();
        SentenceClaimExtractor extractor = new SentenceClaimExtractor();
        docs.forEach(d -> out.addAll(extractor.extract(d)));
        return out;
    }

    /** The claim groups of some articles as one story, each article its own outlet. */
    static List<ClaimGroup> align(StoryClaimAligner aligner, List<AnnotatedArticle> docs) {
        List<SourceContext> contexts = docs.stream().map(d -> SourceProfiles.context(d, null)).toList();
        return aligner.align("s", claims(docs), contexts);
    }
}
