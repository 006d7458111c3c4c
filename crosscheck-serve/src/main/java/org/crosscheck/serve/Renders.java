package org.crosscheck.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.render.BriefHtml;
import org.crosscheck.render.BriefJson;
import org.crosscheck.render.BriefMarkdown;

/**
 * Rendered briefs, kept until the story changes: a brief is read far more often than it is rebuilt, and readers
 * must not pay for rendering, encoding or compressing it each time. The writer renders a new version of a story
 * ({@link #prepare}) before the library publishes it, so the reader who comes first after a write finds it ready
 * instead of rendering it inside its own request. A rendering is only used for the very dossier it was made from,
 * so a new version of a story is never served stale; a format nobody prepared is made once, by the first reader
 * who asks (the others wait for it).
 */
final class Renders {
    /** Stories whose renderings are kept; past it, the lot is dropped and re-rendered as asked (crude, bounded). */
    private static final int MAX_STORIES = 5_000;

    /** A brief page: its body, and the hash source its inline style needs in the Content-Security-Policy. */
    record Page(Body body, String styleSource) {
    }

    /**
     * The renderings of one version of one story, by format.
     *
     * @param prepared made by the writer before the version was published: a reader still holding an older
     *                 dossier must not replace it
     */
    private record Version(StoryDossier of, Map<String, Object> formats, boolean prepared) {
    }

    /** What the writer renders ahead: the API's default format and the web page. */
    private static final List<String> PREPARED = List.of("json", "page");

    private final ConcurrentHashMap<String, Version> stories = new ConcurrentHashMap<>();

    Body json(StoryDossier d) {
        return get("json", d);
    }

    Body markdown(StoryDossier d) {
        return get("md", d);
    }

    Body html(StoryDossier d) {
        return get("html", d);
    }

    Page page(StoryDossier d) {
        return get("page", d);
    }

    /**
     * Renders a story version the library is about to publish, in the formats most readers ask for, and keeps it
     * in place of the version before: called on the writer's thread, before readers can see the new dossier. A
     * format that fails to render here is left for the first reader, who then gets the error as it happens.
     */
    void prepare(StoryDossier d) {
        if (stories.size() >= MAX_STORIES) {
            stories.clear();
        }
        Version v = new Version(d, new ConcurrentHashMap<>(), true);
        for (String format : PREPARED) {
            try {
                v.formats().put(format, render(format, d));
            } catch (RuntimeException e) {
                // not kept: the first reader renders it again and sees the failure
            }
        }
        stories.put(d.entry().id(), v);
    }

    private Object render(String format, StoryDossier d) {
        return switch (format) {
            case "json" -> Body.of(Responses.write(BriefJson.story(d.brief(), d.articles())), Responses.JSON);
            case "md" -> Body.of(BriefMarkdown.of(List.of(d.brief()), d.articles()), "text/markdown; charset=utf-8");
            case "html" -> Body.of(BriefHtml.of(List.of(d.brief()), d.articles()), WebRoutes.HTML);
            case "page" -> {
                Layout.Styled r = BriefPage.render(d);
                yield new Page(Body.of(r.html(), WebRoutes.HTML), r.styleSource());
            }
            default -> throw new IllegalArgumentException("no rendering '" + format + "'");
        };
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String format, StoryDossier d) {
        String id = d.entry().id();
        Version v = stories.get(id);
        if (v == null || v.of() != d) {
            if (v != null && v.prepared()) {
                // a dossier read just before (or after) the writer published another version: rare, not kept
                return (T) render(format, d);
            }
            if (stories.size() >= MAX_STORIES) {
                stories.clear();
            }
            v = stories.compute(id, (k, old) -> old != null && (old.of() == d || old.prepared()) ? old
                    : new Version(d, new ConcurrentHashMap<>(), false));
            if (v.of() != d) {
                return (T) render(format, d);
            }
        }
        return (T) v.formats().computeIfAbsent(format, f -> render(f, d));
    }
}
