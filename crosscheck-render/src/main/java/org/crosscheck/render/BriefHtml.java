package org.crosscheck.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;

/**
 * Briefs as one self-contained HTML page: inline CSS and SVG, no script, no font, image or request of any kind
 * (a Content-Security-Policy says so to the browser too). Each story gets its headline and meta, the corroborated
 * core, the disputes with a chart of every outlet's figure, what changed, the single-source claims, the timeline,
 * quotes by speaker, a coverage matrix and how each article is sourced; the articles themselves follow with every
 * cited span anchored, so each citation jumps to the exact words and highlights them. Every string from an article
 * or its metadata is escaped.
 */
public final class BriefHtml {
    private static final String CSS = load("brief.css");

    private BriefHtml() {
    }

    public static String of(List<Brief> briefs, Map<String, AnnotatedArticle> docs) {
        Citations cites = new Citations(docs);
        Map<String, Set<Evidence>> spans = cited(briefs, cites);
        List<String> split = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        if (briefs.size() > 1) {
            body.append("<nav class=\"stories\" aria-label=\"Stories\"><p class=\"kicker\">crosscheck \u00b7 ")
                    .append(briefs.size()).append(" stories</p><ol>");
            for (Brief b : briefs) {
                body.append("<li><a href=\"#").append(Html.id("story-" + b.story().id())).append("\">")
                        .append(Html.text(headline(b))).append("</a> <span class=\"muted\">")
                        .append(b.story().articles().size()).append(b.story().articles().size() == 1 ? " article" : " articles")
                        .append("</span></li>");
            }
            body.append("</ol></nav>");
        }
        if (briefs.isEmpty()) {
            body.append("<p class=\"empty\">No story to brief: no article was grouped into a story.</p>");
        }
        Set<String> rendered = new LinkedHashSet<>();
        for (Brief b : briefs) {
            StorySections.append(body, b, cites);
            List<String> mine = new ArrayList<>();
            for (String a : b.story().articles()) {
                if (docs.containsKey(a) && rendered.add(a)) {
                    mine.add(a);
                }
            }
            if (!mine.isEmpty()) {
                String sid = Html.id("story-" + b.story().id());
                body.append("<section class=\"texts\" id=\"").append(sid).append("-texts\"><h2>The articles</h2>")
                        .append("<p class=\"hint\">The cited words are marked; a citation jumps to its span and "
                                + "lights it up.</p>");
                for (String a : mine) {
                    split.addAll(articleText(body, docs.get(a), spans.getOrDefault(a, Set.of())));
                }
                body.append("</section>");
            }
            body.append("</article>");
        }
        String title = briefs.isEmpty() ? "crosscheck brief"
                : briefs.size() == 1 ? headline(briefs.get(0)) : "crosscheck: " + briefs.size() + " stories";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                + "'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"generator\" content=\"crosscheck\">\n"
                + "<title>" + Html.text(title) + "</title>\n<style>\n" + CSS + ArticleText.crossingRules(split)
                + "</style>\n</head>\n<body>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n";
    }

    /** The element id of a cited span in the page: derived from its article id and offsets alone. */
    public static String anchor(Evidence e) {
        return Citations.anchor(e);
    }

    static String headline(Brief b) {
        return b.headline() == null || b.headline().isBlank() ? "Story " + b.story().id() : b.headline();
    }

    /** One article with its metadata, a link to its URL when that is http(s), and its cited spans marked. */
    private static List<String> articleText(StringBuilder sb, AnnotatedArticle d, Set<Evidence> spans) {
        var a = d.article();
        sb.append("<article class=\"source-text\" id=\"").append(Citations.articleAnchor(a.id())).append('"');
        if (a.language() != null && a.language().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            sb.append(" lang=\"").append(a.language()).append('"');
        }
        sb.append("><h3 dir=\"auto\">").append(Html.text(a.title() == null || a.title().isBlank() ? a.id() : a.title()))
                .append("</h3><p class=\"meta\"><span class=\"outlet\">")
                .append(Html.text(a.outlet() == null ? "unknown outlet" : a.outlet())).append("</span> \u00b7 ")
                .append(a.published() == null ? "undated" : a.published().toString())
                .append(" \u00b7 <code>").append(Html.text(a.id())).append("</code>");
        String url = Html.safeUrl(a.url());
        if (url != null) {
            sb.append(" \u00b7 <a class=\"url\" rel=\"noopener noreferrer nofollow\" href=\"").append(Html.attr(url))
                    .append("\">").append(Html.text(Html.shorten(url, 80))).append("</a>");
        } else if (a.url() != null && !a.url().isBlank()) {
            sb.append(" \u00b7 <span class=\"url\">").append(Html.text(Html.shorten(a.url(), 80))).append("</span>");
        }
        sb.append("</p>");
        ArticleText.Marked marked = ArticleText.of(a.text(), spans);
        sb.append("<div class=\"text\" dir=\"auto\">").append(marked.html()).append("</div></article>");
        return marked.split();
    }

    /** Every span any statement of any brief cites, by article: the marks the article texts carry. */
    private static Map<String, Set<Evidence>> cited(List<Brief> briefs, Citations cites) {
        Map<String, Set<Evidence>> out = new LinkedHashMap<>();
        List<Evidence> all = new ArrayList<>();
        for (Brief b : briefs) {
            for (ClaimGroup g : b.claims()) {
                all.addAll(g.support());
                g.claims().forEach(c -> all.add(c.evidence()));
                for (ClaimValue v : g.values()) {
                    if (v.evidence() != null) {
                        all.add(v.evidence());
                    }
                }
            }
            b.timeline().forEach(e -> all.addAll(e.support()));
            for (BriefQuote q : b.quotes()) {
                if (q.evidence() != null) {
                    all.add(q.evidence());
                }
            }
            for (SourceProfile p : b.sources()) {
                for (Attribution at : p.attributions()) {
                    all.add(new Evidence(p.article(), at.start(), at.end()));
                }
            }
        }
        for (Evidence e : all) {
            if (cites.resolves(e)) {
                out.computeIfAbsent(e.article(), k -> new LinkedHashSet<>()).add(e);
            }
        }
        return out;
    }

    private static String load(String name) {
        try (InputStream in = BriefHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from crosscheck-render");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource " + name, e);
        }
    }
}
