package org.crosscheck.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.TimelineEvent;

/**
 * A fictional story written for these tests: two ferries collide on the invented Lake Orrin, told by three invented
 * outlets, one writing in Russian and one with a very long name. It holds every section of a brief, figures that
 * are huge, negative and zero, dates of every precision and one that names no day.
 */
final class LakeOrrin {
    static final String GAZETTE = "gazette-mar03";
    static final String POST = "tidewater-mar04";
    static final String SEVERIN = "severin-mar05";
    static final String LONG_OUTLET = "The Extraordinarily Long-Named Independent Evening Chronicle of the Northern "
            + "Lakes Region";

    static final String GAZETTE_TEXT = """
            Two ferries collided on Lake Orrin on Monday. The harbour office said 120 passengers were aboard.

            Officials said there had been no injuries. "We did everything we could," Captain Mira Solt said. \
            The gazette blamed thick fog for the collision.

            The damage was estimated at 3,500,000,000 krona. Overnight the air fell to -12 degrees.""";
    static final String POST_TEXT = """
            The ferries collided on Lake Orrin on Monday, 2 March. At least 150 passengers were aboard, the \
            operator said.

            Later, hospitals reported 4 injured. "We did everything we could," Captain Mira Solt said. An engine \
            failure caused the collision, according to a person familiar with the inquiry. "Nobody told us \
            anything," one passenger said. The air was 0 degrees at dawn.""";
    static final String SEVERIN_TEXT = """
            Два парома столкнулись на озере Оррин в понедельник. На борту было 95 пассажиров.

            «Мы сделали всё возможное», — сказала капитан Мира Солт. 渡轮 碰撞.""";

    final Map<String, AnnotatedArticle> docs = new LinkedHashMap<>();
    final Brief brief;

    LakeOrrin() {
        add(new Article(GAZETTE, "Orrin Gazette", LocalDate.of(2031, 3, 3), "https://gazette.example/ferries?id=1&x=2",
                "Ferries collide on Lake Orrin", "en", GAZETTE_TEXT, "test"));
        add(new Article(POST, LONG_OUTLET, LocalDate.of(2031, 3, 4), null, "Four hurt as ferries collide", "en",
                POST_TEXT, "test"));
        add(new Article(SEVERIN, "Радио Северин", LocalDate.of(2031, 3, 5), "ftp://severin.example/x",
                "Столкновение паромов — 渡轮", "ru", SEVERIN_TEXT, "test"));

        Claim collideA = claim(GAZETTE, "Two ferries collided on Lake Orrin on Monday.");
        Claim collideB = claim(POST, "The ferries collided on Lake Orrin on Monday, 2 March.");
        Claim collideC = claim(SEVERIN, "Два парома столкнулись на озере Оррин в понедельник.");
        ClaimGroup collided = group("s-orrin:collided", ClaimStatus.CORROBORATED, List.of(collideA, collideB,
                collideC), List.of(), null);

        Claim paxA = claim(GAZETTE, "The harbour office said 120 passengers were aboard.");
        Claim paxB = claim(POST, "At least 150 passengers were aboard, the operator said.");
        Claim paxC = claim(SEVERIN, "На борту было 95 пассажиров.");
        ClaimGroup passengers = group("s-orrin:passengers", ClaimStatus.DISPUTED, List.of(paxA, paxB, paxC), List.of(
                value(GAZETTE, 120, "passengers", Qualifier.EXACT, "aboard", "120 passengers"),
                value(POST, 150, "passengers", Qualifier.AT_LEAST, "aboard", "At least 150 passengers"),
                value(SEVERIN, 95, "passengers", Qualifier.EXACT, "", "95 пассажиров")), null);

        Claim cold = claim(GAZETTE, "Overnight the air fell to -12 degrees.");
        Claim dawn = claim(POST, "The air was 0 degrees at dawn.");
        Claim damage = claim(GAZETTE, "The damage was estimated at 3,500,000,000 krona.");
        ClaimGroup weather = group("s-orrin:weather", ClaimStatus.DISPUTED, List.of(cold, dawn, damage), List.of(
                value(GAZETTE, -12, "degrees", Qualifier.EXACT, "overnight", "-12 degrees"),
                value(POST, 0, "degrees", Qualifier.APPROXIMATELY, "at dawn", "0 degrees"),
                value(GAZETTE, 3.5e9, "krona", Qualifier.EXACT, "damage", "3,500,000,000 krona")), null);

        Claim fog = claim(GAZETTE, "The gazette blamed thick fog for the collision.");
        Claim engine = claim(POST, "An engine failure caused the collision, according to a person familiar with "
                + "the inquiry.");
        ClaimGroup cause = group("s-orrin:cause", ClaimStatus.DISPUTED, List.of(fog, engine), List.of(), null);

        Claim hurt = claim(POST, "Later, hospitals reported 4 injured.");
        ClaimGroup injured = group("s-orrin:injured", ClaimStatus.SINGLE_SOURCE, List.of(hurt), List.of(), null);
        Claim none = claim(GAZETTE, "Officials said there had been no injuries.");
        ClaimGroup noInjuries = group("s-orrin:no-injuries", ClaimStatus.SUPERSEDED, List.of(none), List.of(),
                injured.id());

        List<TimelineEvent> timeline = List.of(
                event("2030", GAZETTE, "The harbour office said 120 passengers were aboard."),
                event("2031-Q1", POST, "The air was 0 degrees at dawn."),
                event("2031-03", GAZETTE, "The damage was estimated at 3,500,000,000 krona."),
                event("2031-W10", POST, "Later, hospitals reported 4 injured."),
                event("2031-03-02", POST, "The ferries collided on Lake Orrin on Monday, 2 March."),
                event("2031-03-02", SEVERIN, "Два парома столкнулись на озере Оррин в понедельник."),
                event("2031-03-04", GAZETTE, "Overnight the air fell to -12 degrees."),
                event("PRESENT_REF", POST, "\"Nobody told us anything,\" one passenger said."));

        List<BriefQuote> quotes = List.of(
                quote(GAZETTE, "Mira Solt", "We did everything we could"),
                quote(POST, "Mira Solt", "We did everything we could"),
                quote(POST, null, "Nobody told us anything"),
                quote(SEVERIN, "Мира Солт", "Мы сделали всё возможное"));

        List<SourceProfile> sources = List.of(
                new SourceProfile(GAZETTE, "Orrin Gazette", LocalDate.of(2031, 3, 3), List.of(
                        attribution(GAZETTE, "The harbour office said", "harbour office", SourceKind.ORGANIZATION)),
                        List.of("on-record", "single-source-claims"), 2, 0, 1, null),
                new SourceProfile(POST, LONG_OUTLET, LocalDate.of(2031, 3, 4), List.of(
                        attribution(POST, "according to a person familiar with the inquiry", "a person familiar",
                                SourceKind.ANONYMOUS)), List.of("anonymous-sourcing"), 1, 1, 1, null),
                new SourceProfile(SEVERIN, "Радио Северин", LocalDate.of(2031, 3, 5), List.of(),
                        List.of("second-hand"), 1, 0, 1, null));

        Story story = Story.of("s-orrin", new ArrayList<>(docs.values()));
        brief = new Brief(story, "Ferries collide on Lake Orrin", List.of(collided, passengers, weather, cause,
                noInjuries, injured), timeline, quotes, sources);
    }

    private void add(Article a) {
        docs.put(a.id(), AnnotatedArticle.of(a));
    }

    Evidence ev(String article, String phrase) {
        String text = docs.get(article).text();
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("'" + phrase + "' not in " + article);
        }
        return new Evidence(article, at, at + phrase.length());
    }

    private Claim claim(String article, String sentence) {
        Evidence e = ev(article, sentence);
        return new Claim(article + ":" + e.start(), article, e.start(), e.end(), sentence, List.of(), List.of(),
                List.of(), null, false, docs.get(article).anchor());
    }

    private ClaimGroup group(String id, ClaimStatus status, List<Claim> claims, List<ClaimValue> values,
                             String supersededBy) {
        return new ClaimGroup(id, claims.get(0).statement(), status, claims,
                claims.stream().map(Claim::evidence).toList(), values, supersededBy, claims.get(0).article());
    }

    private ClaimValue value(String article, double v, String unit, Qualifier q, String scope, String phrase) {
        var a = docs.get(article).article();
        return new ClaimValue(article, a.outlet(), v, unit, q, scope, a.published(), ev(article, phrase));
    }

    private TimelineEvent event(String when, String article, String sentence) {
        return new TimelineEvent(when, sentence, List.of(article), List.of(ev(article, sentence)));
    }

    private BriefQuote quote(String article, String speaker, String words) {
        return new BriefQuote(article, speaker, words, ev(article, words));
    }

    private Attribution attribution(String article, String phrase, String source, SourceKind kind) {
        Evidence e = ev(article, phrase);
        return new Attribution(e.start(), e.end(), phrase, source, kind, null);
    }
}
