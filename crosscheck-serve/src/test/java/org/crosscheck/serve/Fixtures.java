package org.crosscheck.serve;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;

/**
 * Articles written for these tests: two invented stories from invented outlets (a ferry suspended on the invented
 * Lake Orvin, a library opening in the invented town of Brask), and a library over the real stages except the
 * statistical entity recogniser, whose model takes longer to load than every test here takes to run.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Pipeline pipeline() {
        Stages d = Stages.defaults();
        return new Pipeline(new Stages(d.cleaner(), d.language(), d.segmenter(), d.content(), doc -> List.of(),
                d.times(), d.quantities(), d.quotes(), d.attributions(), d.resolver(), d.clusterer(), d.briefs()), 2);
    }

    static MemoryLibrary library() {
        return new MemoryLibrary(pipeline());
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
