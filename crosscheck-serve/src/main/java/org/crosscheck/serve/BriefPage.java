package org.crosscheck.serve;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.render.BriefHtml;
import org.crosscheck.render.Html;

/**
 * A story's page: the brief as {@link BriefHtml} writes it (disputes chart, timeline, coverage matrix, articles with
 * every cited span anchored), taken apart into its stylesheet and its body and put inside the site's frame, then
 * the list of the story's articles with links to their own pages. The brief's stylesheet is inline, so the page
 * tells the server its SHA-256 for the Content-Security-Policy instead of allowing inline styles at large.
 */
final class BriefPage {

    private BriefPage() {
    }

    static Layout.Styled render(StoryDossier d) {
        String css = null;
        String brief;
        try {
            String page = BriefHtml.of(List.of(d.brief()), d.articles());
            css = between(page, "<style>\n", "</style>");
            brief = between(page, "<main>\n", "\n</main>");
            if (brief == null) {
                css = null;
                brief = BriefSections.of(d);
            }
        } catch (RuntimeException | LinkageError e) {
            // the shared renderer failed on this story (or is missing a resource): the site's own plain rendering
            brief = BriefSections.of(d);
        }
        StringBuilder body = new StringBuilder();
        body.append("<nav class=\"crumbs\"><a href=\"/\">Stories</a>");
        if (d.entry().last() != null) {
            body.append(" \u203a <a href=\"/?date=").append(d.entry().last()).append("\">").append(d.entry().last())
                    .append("</a>");
        }
        String api = "/v1/stories/" + Links.segment(d.entry().id()) + "/brief?format=";
        body.append(" \u00b7 <a href=\"").append(Html.attr(api)).append("json\">JSON</a> \u00b7 <a href=\"")
                .append(Html.attr(api)).append("md\">Markdown</a></nav>\n");
        if (d.mergedInto() != null) {
            body.append("<p class=\"merged\">This story turned out to be one with <a href=\"")
                    .append(Html.attr(Links.story(d.mergedInto()))).append("\">").append(Html.text(d.mergedInto()))
                    .append("</a>, which now holds its articles too. Below is its brief as it stood then.</p>\n");
        }
        body.append("<div class=\"brief\">").append(brief).append("</div>\n");
        body.append("<section class=\"article-links\"><h2>Read each article</h2><ul>");
        for (AnnotatedArticle a : d.articles().values()) {
            var art = a.article();
            body.append("<li><a class=\"article\" href=\"").append(Html.attr(Links.article(a.id()))).append("\">")
                    .append(Html.text(art.title() == null || art.title().isBlank() ? a.id() : art.title()))
                    .append("</a> <span class=\"meta\">").append(Html.text(art.outlet() == null ? "unknown outlet"
                            : art.outlet())).append(" \u00b7 ").append(art.published() == null ? "undated"
                            : art.published().toString()).append("</span></li>");
        }
        body.append("</ul></section>");
        return Layout.styled(d.entry().headline(), css, body.toString());
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open);
        int b = a < 0 ? -1 : s.indexOf(close, a + open.length());
        return a < 0 || b < 0 ? null : s.substring(a + open.length(), b);
    }
}
