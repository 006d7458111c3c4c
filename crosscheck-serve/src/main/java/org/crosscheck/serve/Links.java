package org.crosscheck.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The site's own links, with ids encoded as one path segment, and the only URL schemes a page may link to. */
final class Links {
    private Links() {
    }

    static boolean isHttp(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String story(String id) {
        return "/stories/" + segment(id);
    }

    static String article(String id) {
        return "/articles/" + segment(id);
    }

    /** The anchor of a cited span on its article's page. */
    static String cite(String article, int start, int end) {
        return article(article) + "#" + anchor(start, end);
    }

    static String anchor(int start, int end) {
        return "c-" + start + "-" + end;
    }
}
