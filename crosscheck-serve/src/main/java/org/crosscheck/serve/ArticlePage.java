package org.crosscheck.serve;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.TimelineEvent;
import org.crosscheck.render.ArticleText;
import org.crosscheck.render.Html;

/**
 * One article's page: its text in paragraphs, every span its story's brief cites marked by {@link ArticleText} with
 * the id {@code c-START-END} that {@link Links#cite} links to, so a link lands on the exact words and the style
 * sheet's {@code mark.ev:target} lights them. A sentence and the clause it opens with are two nested marks with an id
 * each; a span that crosses another or a paragraph break is split, and the page's own small stylesheet lights all
 * its pieces when its first one is the target.
 */
final class ArticlePage {
    private ArticlePage() {
    }

    static Layout.Styled render(AnnotatedArticle doc, StoryDossier story) {
        Article a = doc.article();
        StringBuilder body = new StringBuilder();
        body.append("<nav class=\"crumbs\"><a href=\"/\">Stories</a>");
        if (story != null) {
            body.append(" \u203a <a class=\"story\" href=\"").append(Html.attr(Links.story(story.entry().id())))
                    .append("\">").append(Html.text(Html.shorten(story.entry().headline(), 90))).append("</a>");
        }
        body.append(" \u00b7 <a href=\"/v1/articles/").append(Html.attr(Links.segment(a.id())))
                .append("\">annotations (JSON)</a></nav>\n");
        body.append("<article class=\"source\"><h1 dir=\"auto\">").append(Html.text(a.title() == null
                || a.title().isBlank() ? a.id() : a.title())).append("</h1><p class=\"meta\">")
                .append(Html.text(a.outlet() == null ? "unknown outlet" : a.outlet())).append(" \u00b7 ")
                .append(a.published() == null ? "undated" : a.published().toString()).append(" \u00b7 <code>")
                .append(Html.text(a.id())).append("</code>");
        String url = Html.safeUrl(a.url());
        if (url != null) {
            body.append(" \u00b7 <a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.attr(url))
                    .append("\">original</a>");
        }
        ArticleText.Marked text = text(a.text(), story == null ? List.of() : cited(story.brief(), a.id()));
        body.append("</p>\n<div class=\"text\" dir=\"auto\">").append(text.html()).append("</div></article>");
        return Layout.styled(a.title() == null || a.title().isBlank() ? a.id() : a.title(),
                ArticleText.crossingRules(text.split()), body.toString());
    }

    /** The text as paragraphs with the spans marked, each under the id its citations link to. */
    static ArticleText.Marked text(String text, List<Evidence> spans) {
        return ArticleText.paragraphs(text, spans, e -> Links.anchor(e.start(), e.end()));
    }

    /** Every span of this article that the brief cites. */
    static List<Evidence> cited(Brief b, String article) {
        List<Evidence> all = new ArrayList<>();
        for (ClaimGroup g : b.claims()) {
            all.addAll(g.support());
            g.claims().forEach(c -> all.add(c.evidence()));
            for (ClaimValue v : g.values()) {
                if (v.evidence() != null) {
                    all.add(v.evidence());
                }
            }
        }
        for (TimelineEvent e : b.timeline()) {
            all.addAll(e.support());
        }
        for (BriefQuote q : b.quotes()) {
            if (q.evidence() != null) {
                all.add(q.evidence());
            }
        }
        for (SourceProfile p : b.sources()) {
            if (p.article().equals(article)) {
                for (Attribution at : p.attributions()) {
                    all.add(new Evidence(article, at.start(), at.end()));
                }
            }
        }
        return all.stream().filter(e -> e.article().equals(article)).distinct().toList();
    }
}
