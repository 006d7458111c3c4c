package org.crosscheck.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.crosscheck.render.BriefHtml;
import org.crosscheck.render.BriefJson;
import org.crosscheck.render.BriefMarkdown;

/**
 * Rendered briefs, kept until the story changes: a brief is read far more often than it is rebuilt, and readers
 * must not pay for rendering, encoding or compressing it each time. Each rendering of a story version is made once
 * even when many readers ask for it at the same moment (the first renders, the others wait for it), and is only
 * used for the very dossier it was made from, so a new version of a story is never served stale.
 */
final class Renders {
    /** Stories whose renderings are kept; past it, the lot is dropped and re-rendered as asked (crude, bounded). */
    private static final int MAX_STORIES = 5_000;

    /** A brief page: its body, and the hash source its inline style needs in the Content-Security-Policy. */
    record Page(Body body, String styleSource) {
    }

    /** The renderings of one version of one story, by format. */
    private record Version(StoryDossier of, Map<String, Object> formats) {
    }

    private final ConcurrentHashMap<String, Version> stories = new ConcurrentHashMap<>();

    Body json(StoryDossier d) {
        return get("json", d, x -> Body.of(Responses.write(BriefJson.story(x.brief(), x.articles())),
                Responses.JSON));
    }

    Body markdown(StoryDossier d) {
        return get("md", d, x -> Body.of(BriefMarkdown.of(List.of(x.brief()), x.articles()),
                "text/markdown; charset=utf-8"));
    }

    Body html(StoryDossier d) {
        return get("html", d, x -> Body.of(BriefHtml.of(List.of(x.brief()), x.articles()), WebRoutes.HTML));
    }

    Page page(StoryDossier d) {
        return get("page", d, x -> {
            BriefPage.Rendered r = BriefPage.render(x);
            return new Page(Body.of(r.html(), WebRoutes.HTML), r.styleSource());
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String format, StoryDossier d, Function<StoryDossier, T> render) {
        String id = d.entry().id();
        Version v = stories.get(id);
        if (v == null || v.of() != d) {
            if (stories.size() >= MAX_STORIES) {
                stories.clear();
            }
            v = stories.compute(id, (k, old) -> old != null && old.of() == d ? old
                    : new Version(d, new ConcurrentHashMap<>()));
        }
        return (T) v.formats().computeIfAbsent(format, f -> render.apply(d));
    }
}
