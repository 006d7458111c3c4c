package org.crosscheck.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says of its article. Publishers fill it for search engines, so it is often the
 * cleanest source of headline, author and date; a malformed block is skipped, never fatal.
 *
 * @param headline  the article's headline, or {@code null}
 * @param author    author names joined by ", ", or {@code null}
 * @param published {@code datePublished} as written, or {@code null}
 * @param body      {@code articleBody}, or {@code null}
 * @param publisher the publisher's name, or {@code null}
 */
record JsonLd(String headline, String author, String published, String body, String publisher) {

    static final JsonLd NONE = new JsonLd(null, null, null, null, null);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Nodes looked at per page: a hostile page may hold a huge graph. */
    private static final int MAX_NODES = 5000;

    static JsonLd of(Document doc) {
        JsonNode best = null;
        int bestRank = 0;
        String publisher = null;
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (JsonProcessingException | RuntimeException e) {
                continue; // broken markup of one block says nothing about the page
            }
            if (root == null) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            int seen = 0;
            while (!todo.isEmpty() && seen++ < MAX_NODES) {
                JsonNode n = todo.pop();
                if (n.isArray()) {
                    n.forEach(todo::push);
                    continue;
                }
                if (!n.isObject()) {
                    continue;
                }
                int rank = rank(n.get("@type"));
                if (rank > bestRank) {
                    best = n;
                    bestRank = rank;
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.push(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isContainerNode()) {
                    todo.push(main);
                }
            }
        }
        if (best == null) {
            return NONE;
        }
        JsonNode pub = best.get("publisher");
        if (pub != null) {
            publisher = name(pub);
        }
        return new JsonLd(text(best.get("headline")), name(best.get("author")), text(best.get("datePublished")),
                text(best.get("articleBody")), publisher);
    }

    /** How article-like a {@code @type} is: 0 not at all, 2 a news or blog article. */
    private static int rank(JsonNode type) {
        if (type == null) {
            return 0;
        }
        if (type.isArray()) {
            int r = 0;
            for (JsonNode t : type) {
                r = Math.max(r, rank(t));
            }
            return r;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        if (t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("liveblogposting")) {
            return 2;
        }
        return t.equals("webpage") ? 1 : 0;
    }

    /** A person or organisation value: a string, an object with a name, or an array of them. */
    private static String name(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return blankToNull(v.asText());
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : v) {
                String n = name(x);
                if (n != null && sb.indexOf(n) < 0) {
                    sb.append(sb.isEmpty() ? "" : ", ").append(n);
                }
            }
            return blankToNull(sb.toString());
        }
        return v.isObject() ? text(v.get("name")) : null;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return blankToNull(v.asText());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
