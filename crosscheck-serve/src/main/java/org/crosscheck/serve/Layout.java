package org.crosscheck.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.crosscheck.render.Html;

/**
 * The frame every page of the site shares: the stylesheet crosscheck serves itself, the name linking home, and the
 * search box (a plain GET form, so it works without script). Callers pass markup they escaped themselves.
 */
final class Layout {

    /** A page and the CSP source that admits its inline stylesheet, or {@code null} when it has none. */
    record Styled(String html, String styleSource) {
    }

    private Layout() {
    }

    /**
     * A page with a stylesheet of its own inline (rules only this page needs, such as which pieces of a split span
     * light up together): the server puts its SHA-256 in the Content-Security-Policy instead of allowing inline
     * styles at large. No stylesheet when {@code css} is {@code null} or empty.
     */
    static Styled styled(String title, String css, String body) {
        if (css == null || css.isEmpty()) {
            return new Styled(page(title, null, "", body), null);
        }
        return new Styled(page(title, null, "<style>" + css + "</style>\n", body), "'sha256-" + sha256(css) + "'");
    }

    static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String page(String title, String query, String extraHead, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + Html.text(title) + " \u00b7 crosscheck</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/site.css\">\n" + extraHead
                + "</head>\n<body>\n<header class=\"site\"><a class=\"brand\" href=\"/\">crosscheck</a>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" id=\"q\" value=\"" + Html.attr(query == null ? "" : query)
                + "\" placeholder=\"Search stories\" aria-label=\"Search stories\" maxlength=\"200\">"
                + "<button type=\"submit\">Search</button></form></header>\n"
                + "<main class=\"site\">\n" + body + "\n</main>\n"
                + "<footer class=\"site\">crosscheck \u00b7 every statement cites the sentences it rests on \u00b7 "
                + "<a href=\"/v1/openapi.json\">API</a></footer>\n</body>\n</html>\n";
    }
}
