package org.crosscheck.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.TimelineEvent;
import org.crosscheck.api.stage.BriefBuilder;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;
import org.crosscheck.stories.ClusterConfig;
import org.crosscheck.stories.OnlineStoryClusterer;

/**
 * Articles written for these tests: invented stories from invented outlets (a ferry suspended on the invented
 * Lake Orvin, a library opening in the invented town of Brask, a bridge closed in the invented town of Kell), and a library over the real stages except the
 * statistical entity recogniser, whose model takes longer to load than every test here takes to run.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Pipeline pipeline() {
        return pipeline(Stages.defaults().briefs());
    }

    private static Pipeline pipeline(BriefBuilder briefs) {
        Stages d = Stages.defaults();
        return new Pipeline(new Stages(d.cleaner(), d.language(), d.segmenter(), d.content(), doc -> List.of(),
                d.times(), d.quantities(), d.quotes(), d.attributions(), d.resolver(), d.clusterer(), briefs), 2);
    }

    static MemoryLibrary library() {
        return new MemoryLibrary(pipeline());
    }

    /**
     * The stages of {@link #pipeline()} with a clusterer that merges stories (terms and names only, two days of
     * grace so the days between the reports of {@link #merging()} cost nothing).
     */
    static Pipeline mergingPipeline() {
        ClusterConfig config = ClusterConfig.defaults().toBuilder().graceDays(2).mergeThreshold(0.35).build();
        Stages d = Stages.defaults();
        return new Pipeline(new Stages(d.cleaner(), d.language(), d.segmenter(), d.content(), doc -> List.of(),
                d.times(), d.quantities(), d.quotes(), d.attributions(), d.resolver(),
                new OnlineStoryClusterer(config), d.briefs()), 2);
    }

    /** The words of the first way of telling the invented event of {@link #merging()}. */
    static final String FIRST_WORDS = "velkor dorran mistepa quolar";
    static final String SECOND_WORDS = "brinthe sollow zarnik tepulo";

    /**
     * One invented event told in two sets of invented words: a report in the first set, a report a day later in the
     * second (a story of its own), then two reports in both; the second of these finds the two stories alike (the
     * first grew towards the second) and merges the newer into the older. The two tell both sets in opposite order,
     * so the second is not a near-duplicate copy of the first: a copy joins its original's story unseen by the
     * clusterer, and would merge nothing.
     */
    static List<Article> merging() {
        return List.of(
                new Article("merge-first", "Northwind Courier", DAY1, null, null, null, FIRST_WORDS + ".", "test"),
                new Article("merge-second", "Daily Lantern", DAY1.plusDays(1), null, null, null, SECOND_WORDS + ".",
                        "test"),
                new Article("merge-both", "Meridian Post", DAY1.plusDays(2), null, null, null, FIRST_WORDS + " "
                        + SECOND_WORDS + ".", "test"),
                new Article("merge-bridge", "Coastline Digest", DAY1.plusDays(2), null, null, null, SECOND_WORDS + " "
                        + FIRST_WORDS + ".", "test"));
    }

    /**
     * A library whose briefs also cite the spans {@code extra} picks in each article, as one more timeline event:
     * spans of a shape the real briefs may or may not produce today (crossing each other, over a paragraph break).
     */
    static MemoryLibrary citing(Function<AnnotatedArticle, List<Evidence>> extra) {
        BriefBuilder real = Stages.defaults().briefs();
        return new MemoryLibrary(pipeline((story, docs, assignments) -> {
            Brief b = real.build(story, docs, assignments);
            List<Evidence> cited = docs.stream().flatMap(doc -> extra.apply(doc).stream()).toList();
            if (cited.isEmpty()) {
                return b;
            }
            List<TimelineEvent> timeline = new ArrayList<>(b.timeline());
            timeline.add(new TimelineEvent(DAY1.toString(), "cited by the test",
                    cited.stream().map(Evidence::article).distinct().toList(), cited));
            return new Brief(b.story(), b.headline(), b.claims(), timeline, b.quotes(), b.sources());
        }));
    }

    /** The span of an article's text from the first {@code from} to the end of the first {@code to} after it. */
    static Evidence span(AnnotatedArticle doc, String from, String to) {
        int start = doc.text().indexOf(from);
        int end = doc.text().indexOf(to, start) + to.length();
        if (start < 0 || end < to.length()) {
            throw new IllegalArgumentException("'" + from + "' ... '" + to + "' is not in " + doc.id());
        }
        return new Evidence(doc.id(), start, end);
    }

    static final LocalDate DAY1 = LocalDate.of(2033, 3, 4);
    static final LocalDate DAY2 = LocalDate.of(2033, 3, 5);

    static List<Article> ferry() {
        return List.of(
                new Article("orvin-gazette-1", "Orvin Gazette", DAY1, "https://gazette.example/ferry", "Lake Orvin "
                        + "ferry suspended after engine fire", null, """
                        The Lake Orvin ferry was suspended on Monday after an engine fire forced the crew to evacuate \
                        120 passengers, the harbour office said.

                        "Nobody was hurt and the ferry will stay in port until inspectors clear it," harbour master \
                        Edda Lunn told reporters in Orvin.

                        The ferry carries about 900 commuters a day between Orvin and Saltby.""", "test"),
                new Article("saltby-post-1", "Saltby Post", DAY1, "https://post.example/ferry", "Engine fire halts "
                        + "Orvin ferry", null, """
                        The Lake Orvin ferry was suspended on Monday after an engine fire, with 150 passengers taken \
                        off the boat, the harbour office said.

                        Harbour master Edda Lunn said the ferry will stay in port until inspectors clear it.

                        The ferry carries about 900 commuters a day between Orvin and Saltby.""", "test"),
                new Article("lakes-wire-1", "Lakes Wire", DAY2, null, "Orvin ferry to resume on Friday", null, """
                        The Lake Orvin ferry will resume service on Friday after inspectors cleared it, the harbour \
                        office said on Tuesday, a day after an engine fire forced the evacuation of 120 passengers.

                        The ferry carries about 900 commuters a day between Orvin and Saltby.""", "test"));
    }

    /**
     * One invented report (a bridge closed in the invented town of Kell) and two copies of it posted the next day
     * under other invented outlets, each lightly edited as syndication edits: a new headline, a word changed, a credit
     * line. The copies come later, so the order they are submitted in is also the command line's stream order
     * (publication date, then id within a date).
     */
    static List<Article> copies() {
        String body = """
                The Vantor river bridge in Kell was closed on Monday after inspectors found cracks in two of its \
                five piers, the regional roads office said.

                "The bridge will stay shut for at least six weeks while the piers are braced," roads engineer \
                Tomas Rell told reporters in Kell.

                About 14,000 vehicles cross the bridge each day, and the detour through Orrin adds 25 minutes \
                to the trip. Repairs are expected to cost 3 million crowns, the roads office said.""";
        return List.of(
                new Article("kell-tribune-1", "Kell Tribune", DAY1, "https://tribune.example/bridge",
                        "Vantor bridge closed after cracks found in piers", null, body, "test"),
                new Article("dunmere-daily-1", "Dunmere Daily", DAY2, "https://daily.example/bridge",
                        "Cracked piers shut Kell bridge", null, body.replace("regional roads office said",
                        "regional roads office announced") + "\n\nReporting by the Kell Tribune.", "test"),
                new Article("harrow-news-1", "Harrow News", DAY2, null, "Kell bridge shut for six weeks", null,
                        body.replace("told reporters in Kell", "told reporters") + "\n\n(Kell Tribune)", "test"));
    }

    static List<Article> library2() {
        return List.of(new Article("brask-herald-1", "Brask Herald", DAY2, null, "Brask opens its new town "
                + "library", null, """
                The town of Brask opened its new library on Tuesday, with 40,000 books on four floors, mayor \
                Ansel Varga said.

                The library cost 12 million crowns and took three years to build.""", "test"));
    }

    static Article hostile() {
        return new Article("hostile-1", "<script>alert('outlet')</script>", DAY2, "javascript:alert(1)",
                "<script>alert('title')</script> Brask council <img src=x onerror=alert(2)>", null, """
                The Brask council met on Tuesday. <script>alert('text')</script> It voted 7 to 2 to close \
                the old library, councillor Mira Holt said. "</mark><script>alert(3)</script>" she added.""",
                "test");
    }
}
