package org.crosscheck.serve;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.Dates;
import org.crosscheck.ingest.PageExtractor;

/**
 * Articles as clients submit them: JSON in the fields of a JSON-lines input ({@code {"id", "text", "title"?,
 * "outlet"?, "url"?, "published"?}}), one object, a list, or {@code {"articles": [...]}}; or one web page. Every
 * refusal names the item and field ({@code articles[2].published}), and a request is taken whole or not at all.
 */
final class ArticleInput {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "text", "title", "outlet", "url", "published",
            "language");
    static final int MAX_ID = 200;

    private final Limits limits;

    ArticleInput(Limits limits) {
        this.limits = limits;
    }

    List<Article> json(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ApiException.badRequest("body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("body could not be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw ApiException.badRequest("body is empty: send an article object or a list of them");
        }
        JsonNode list = root.isObject() && root.has("articles") ? root.get("articles") : root;
        List<JsonNode> items = new ArrayList<>();
        String prefix;
        if (list.isArray()) {
            list.forEach(items::add);
            prefix = "articles";
        } else if (list.isObject()) {
            items.add(list);
            prefix = null;
        } else {
            throw ApiException.invalid("body must be an article object, a list of them, or {\"articles\": [...]}");
        }
        if (items.isEmpty()) {
            throw ApiException.invalid("no articles in the request");
        }
        checkCount(items.size());
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = prefix == null ? "" : prefix + "[" + i + "].";
            out.add(article(items.get(i), where, "POST /v1/articles" + (prefix == null ? "" : " item " + i)));
        }
        return out;
    }

    void checkCount(int n) {
        if (n > limits.maxArticles()) {
            throw new ApiException(422, "too_many_articles", n + " articles in one request; at most "
                    + limits.maxArticles() + " are taken");
        }
    }

    private Article article(JsonNode n, String where, String origin) {
        if (!n.isObject()) {
            throw ApiException.invalid(where + "article must be a JSON object");
        }
        var names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.invalid(where + f + ": unknown field; known fields are " + FIELDS);
            }
        }
        String id = string(n, "id", where);
        String text = string(n, "text", where);
        if (id == null || id.isBlank()) {
            throw ApiException.invalid(where + "id: required, a non-empty string");
        }
        checkId(id, where + "id");
        if (text == null || text.isBlank()) {
            throw ApiException.invalid(where + "text: required, a non-empty string");
        }
        if (text.length() > limits.maxArticleChars()) {
            throw ApiException.invalid(where + "text: " + text.length() + " characters; at most "
                    + limits.maxArticleChars() + " are taken");
        }
        String url = string(n, "url", where);
        if (url != null && !Links.isHttp(url)) {
            throw ApiException.invalid(where + "url: only http and https URLs are kept");
        }
        return new Article(id.strip(), string(n, "outlet", where), date(string(n, "published", where),
                where + "published"), url, string(n, "title", where), string(n, "language", where), text, origin);
    }

    /** One web page, with what the query says of it; the page's own metadata fills what the query leaves out. */
    Article page(String html, String id, String url, String outlet, String published, PageExtractor extractor) {
        if (url != null && !Links.isHttp(url)) {
            throw ApiException.invalid("url: only http and https URLs are kept");
        }
        LocalDate date = date(published, "published");
        PageExtractor.Page page = extractor.extract(html, url).orElseThrow(() -> ApiException.invalid(
                "the page holds no article text (an index page, or an empty body)"));
        String articleId = id != null && !id.isBlank() ? id.strip()
                : "page-" + shortHash(url != null ? url : html);
        checkId(articleId, "id");
        String pageUrl = page.url() != null && Links.isHttp(page.url()) ? page.url() : null;
        return new Article(articleId, outlet != null ? outlet : page.siteName(), date != null ? date
                : page.published(), url != null ? url : pageUrl, page.title(), page.language(), page.text(),
                "POST /v1/articles (text/html)");
    }

    private static void checkId(String id, String where) {
        if (id.length() > MAX_ID) {
            throw ApiException.invalid(where + ": longer than " + MAX_ID + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                throw ApiException.invalid(where + ": control character at position " + i);
            }
        }
    }

    private static String string(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.invalid(where + field + ": must be a string, got " + v.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return v.asText();
    }

    private static LocalDate date(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Dates.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(where + ": " + e.getMessage());
        }
    }

    static String shortHash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
