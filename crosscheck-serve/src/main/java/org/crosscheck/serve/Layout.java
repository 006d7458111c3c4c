package org.crosscheck.serve;

import org.crosscheck.render.Html;

/**
 * The frame every page of the site shares: the stylesheet crosscheck serves itself, the name linking home, and the
 * search box (a plain GET form, so it works without script). Callers pass markup they escaped themselves.
 */
final class Layout {
    private Layout() {
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
