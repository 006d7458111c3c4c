package org.crosscheck.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text before any scoring: scripts, navigation, forms, hidden elements, and elements
 * whose class or id names a page-chrome role (menu, share bar, comments, related links, ads). Works on names every
 * CMS uses, never on a particular site's markup. A chrome-named element is kept when its name also says content
 * ("article-share" is chrome, "article-body" is not) or when it holds most of the page's paragraph text, so one odd
 * class name on a wrapper cannot erase the article.
 */
final class Boilerplate {

    /** Elements that are never article text. */
    static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside", "footer",
            "iframe", "svg", "button", "select", "textarea", "input", "object", "embed", "canvas", "dialog",
            "menu", "link", "meta", "figure", "figcaption", "picture", "video", "audio", "map", "head", "label");

    /** Elements dropped unless they hold paragraph text of their own (some sites wrap the article in a form). */
    private static final Set<String> DROP_UNLESS_TEXT = Set.of("form", "header");

    /** Chrome roles as whole name parts, so clear that a content name beside them does not save the element. */
    private static final Set<String> STRONG_WORD = Set.of("nav", "navbar", "menu", "ad", "ads", "adv", "tag",
            "tags", "banner", "modal", "login", "sharing", "sr-only", "visually-hidden", "screen-reader", "trending",
            "most-popular", "subnav");
    /** Chrome roles as name prefixes: "comments-list", "relatedArticles", "social-icons". */
    private static final List<String> STRONG_PREFIX = List.of("navigation", "comment", "related", "share",
            "social", "promo", "sidebar", "footer", "newsletter", "cookie", "subscri", "sponsor", "advert", "outbrain",
            "taboola", "breadcrumb", "recommend", "popup", "signup", "paywall", "consent", "gdpr", "disqus",
            "shoutbox", "skyscraper", "more-from", "moreon", "more-on", "read-more", "readmore", "also-read",
            "see-also", "next-article", "prev-article", "newsfeed");
    /** Names that usually mean chrome but also label parts of an article ("entry-meta" vs "article-meta-text"). */
    private static final Set<String> WEAK_WORD = Set.of("meta", "byline", "bylines", "author", "authors", "print",
            "widget", "toolbar", "tools", "pager", "pagination", "rss", "skip", "overlay", "gallery", "caption",
            "credit", "credits", "popular", "masthead", "dateline", "timestamp", "date", "nocontent", "noprint",
            "disclaimer", "copyright", "contact", "jump", "topics", "tagline");
    /** Names that say content; they save an element that carries a weak chrome name. */
    private static final List<String> POSITIVE = List.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "blog", "hentry", "h-entry", "column", "prose", "markdown", "rich-text", "richtext");
    /** Content embedded from elsewhere (a quoted post): chrome words beside it name the source, not the role. */
    private static final List<String> EMBED = List.of("embed");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Boilerplate() {
    }

    /** The lower-cased class and id of an element, the text every name rule reads. */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** 0 for no chrome name, 1 for a weak one, 2 for a strong one. */
    static int negative(String names) {
        if (matches(names, STRONG_WORD, STRONG_PREFIX)) {
            return 2;
        }
        return matches(names, WEAK_WORD, List.of()) ? 1 : 0;
    }

    static boolean positive(String names) {
        return matches(names, Set.of(), POSITIVE);
    }

    /**
     * Whether a name part (split at spaces, '-' and '_'), or two adjacent parts joined by '-', is one of the words or
     * starts with one of the prefixes. Token tests instead of one big regular expression: this runs on every named
     * element of every page.
     */
    private static boolean matches(String names, Set<String> words, List<String> prefixes) {
        if (names.isEmpty()) {
            return false;
        }
        String previous = null;
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean sep = c == ' ' || c == '-' || c == '_' || c == '\t';
            if (!sep && start < 0) {
                start = i;
            } else if (sep && start >= 0) {
                String token = names.substring(start, i);
                if (hit(token, words, prefixes) || previous != null && hit(previous + "-" + token, words, prefixes)) {
                    return true;
                }
                previous = c == ' ' ? null : token;
                start = -1;
            } else if (sep && c == ' ') {
                previous = null;
            }
        }
        return false;
    }

    private static boolean hit(String token, Set<String> words, List<String> prefixes) {
        if (words.contains(token)) {
            return true;
        }
        for (String p : prefixes) {
            if (token.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's class weight: -25 for a chrome name, +25 for a content name. */
    static int classWeight(Element e) {
        String n = names(e);
        if (n.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (negative(n) > 0 && !matches(n, Set.of(), EMBED)) {
            w -= 25;
        }
        if (positive(n)) {
            w += 25;
        }
        return w;
    }

    /** Removes comments and chrome from the tree in place. */
    static void strip(Element root) {
        // Templates repeat the same class names hundreds of times; each is judged once per page.
        Map<String, Boolean> verdicts = new HashMap<>();
        List<Node> doomed = new ArrayList<>();
        List<Element> chrome = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element e && e != root) {
                    String tag = e.normalName();
                    if (DROP_TAGS.contains(tag) || hidden(e)) {
                        doomed.add(e);
                    } else if (DROP_UNLESS_TEXT.contains(tag) || chromeNamed(e, verdicts)) {
                        chrome.add(e);
                    }
                }
            }
        }, root);
        for (Node n : doomed) {
            n.remove();
        }
        TextStats stats = TextStats.of(root);
        int total = Math.max(1, stats.get(root).chars());
        for (Element e : chrome) {
            if (!inTree(e, root)) {
                continue; // inside something already removed
            }
            boolean named = chromeNamed(e, verdicts);
            int own = stats.get(e).chars();
            // A form or header is chrome when small; a chrome-named element unless it holds much of the page.
            boolean small = named ? own * 5 < total * 2 : own < 200 && own * 4 < total;
            if (small && !holdsArticle(e)) {
                e.remove();
            }
        }
    }

    private static boolean inTree(Element e, Element root) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean chromeNamed(Element e, Map<String, Boolean> verdicts) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || tag.equals("a") || tag.equals("blockquote") || tag.equals("p")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        String n = names(e);
        if (n.isEmpty()) {
            String role = e.attr("role");
            return role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                    || role.equals("banner") || role.equals("dialog");
        }
        return verdicts.computeIfAbsent(n, Boilerplate::chromeName);
    }

    private static boolean chromeName(String n) {
        if (matches(n, Set.of(), EMBED)) {
            return false;
        }
        int neg = negative(n);
        if (neg == 1) {
            return !positive(n);
        }
        if (neg == 0) {
            return false;
        }
        // A strong chrome name is saved only by a content name of its own ("box article modal-enabled"), never by
        // one it is compounded with ("post-tags", "article-share").
        for (String name : n.split("\\s+")) {
            if (positive(name) && negative(name) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the markup itself marks an article inside: a chrome name on its wrapper does not outweigh that. */
    private static boolean holdsArticle(Element e) {
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("article") || d.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }
}
