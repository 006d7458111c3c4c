package org.crosscheck.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata: each field from the sources publishers fill most reliably first (Open Graph and
 * article meta tags, then JSON-LD, then the visible markup), so one missing source never leaves a field empty.
 */
final class PageMetadata {

    /** What the page says of itself; any field may be {@code null}. */
    record Meta(String title, String byline, LocalDate published, String language, String url, String siteName) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");
    /** A site name after the headline in {@code <title>}: "Headline | Site", "Headline - Site". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—·:»]\\s+[^|\\-–—·:»]{1,60}$");

    private PageMetadata() {
    }

    static Meta read(Document doc, JsonLd ld) {
        Map<String, String> meta = metas(doc);
        Firsts f = Firsts.of(doc);
        String site = first(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
        String title = title(doc, ld, site, meta, text(f.h1));
        String byline = first(meta.get("author"), meta.get("article:author"), meta.get("byl"),
                meta.get("dc.creator"), meta.get("sailthru.author"), ld.author(),
                text(f.relAuthor), text(f.authorName),
                text(f.author));
        if (byline != null && byline.startsWith("http")) {
            byline = first(ld.author(), text(f.relAuthor));
        }
        if (byline != null) {
            byline = byline.replaceFirst("(?i)^by\\s+", "");
        }
        LocalDate published = firstDate(meta.get("article:published_time"), ld.published(),
                attr(f.datePublished, "content", "datetime"),
                meta.get("og:published_time"), meta.get("date"), meta.get("pubdate"), meta.get("publishdate"),
                meta.get("publish-date"), meta.get("dc.date"), meta.get("dc.date.issued"),
                meta.get("dcterms.created"), meta.get("sailthru.date"), meta.get("parsely-pub-date"),
                attr(f.time, "datetime"));
        String language = language(first(f.lang, meta.get("og:locale"),
                meta.get("content-language"), meta.get("language"), meta.get("dc.language")));
        String url = first(attr(f.canonical, "href"), meta.get("og:url"));
        if (url != null && !url.startsWith("http")) {
            Element link = f.canonical;
            String abs = link == null ? "" : link.absUrl("href");
            url = abs.isEmpty() ? null : abs;
        }
        return new Meta(title, byline, published, language, url, site);
    }

    private static String title(Document doc, JsonLd ld, String site, Map<String, String> meta, String h1) {
        String og = first(meta.get("og:title"), meta.get("twitter:title"));
        String candidate = first(og, ld.headline(), h1, doc.title());
        if (candidate == null) {
            return null;
        }
        // Titles of meta tags carry the site's name as often as <title> does.
        if (site != null && candidate.length() > site.length() + 5) {
            candidate = stripSuffix(candidate, site);
        } else if (candidate.equals(doc.title().strip()) && h1 == null) {
            Matcher m = TITLE_SUFFIX.matcher(candidate);
            if (m.find() && m.start() > 10) {
                candidate = candidate.substring(0, m.start());
            }
        } else if (candidate.equals(doc.title().strip()) && candidate.startsWith(h1)) {
            candidate = h1;
        }
        return candidate.strip();
    }

    private static String stripSuffix(String title, String site) {
        String t = title.strip();
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " · ", " : ", " » "}) {
            if (t.endsWith(sep + site)) {
                return t.substring(0, t.length() - sep.length() - site.length());
            }
            if (t.startsWith(site + sep)) {
                return t.substring(site.length() + sep.length());
            }
        }
        return t;
    }

    /** A date from the first value that holds one; values that do not parse are passed over. */
    static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = date(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(v);
        if (!m.find()) {
            m = SLASH_DATE.matcher(v);
            if (!m.find()) {
                m = COMPACT_DATE.matcher(v.strip());
                if (!m.find()) {
                    return null;
                }
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d.getYear() >= 1900 && d.getYear() <= 2200 ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static String language(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LANGUAGE.matcher(value.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The first element of each kind the metadata reads, found in one pass over the page. */
    private static final class Firsts {
        Element relAuthor;
        Element authorName;
        Element author;
        Element datePublished;
        Element time;
        Element canonical;
        Element h1;
        String lang;

        static Firsts of(Document doc) {
            Firsts f = new Firsts();
            Element html = doc.firstElementChild();
            f.lang = html == null ? null : html.attr("lang");
            for (Element e : doc.getAllElements()) {
                String tag = e.normalName();
                if (f.h1 == null && tag.equals("h1")) {
                    f.h1 = e;
                } else if (f.time == null && tag.equals("time") && e.hasAttr("datetime")) {
                    f.time = e;
                }
                if (e.attributesSize() == 0) {
                    continue;
                }
                String rel = e.attr("rel");
                if (f.canonical == null && tag.equals("link") && rel.equalsIgnoreCase("canonical")) {
                    f.canonical = e;
                } else if (f.relAuthor == null && rel.equalsIgnoreCase("author") && !tag.equals("link")) {
                    f.relAuthor = e;
                }
                String prop = e.attr("itemprop");
                if (prop.isEmpty()) {
                    continue;
                }
                if (f.author == null && prop.equalsIgnoreCase("author")) {
                    f.author = e;
                } else if (f.authorName == null && prop.equalsIgnoreCase("name") && f.author != null
                        && e.parents().contains(f.author)) {
                    f.authorName = e;
                } else if (f.datePublished == null && prop.equalsIgnoreCase("datePublished")) {
                    f.datePublished = e;
                }
            }
            return f;
        }
    }

    /**
     * Every meta tag's content by its lower-cased {@code name}, {@code property}, {@code itemprop} and
     * {@code http-equiv}, first one winning: one pass over the page instead of one per field.
     */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String c = e.attr("content").strip();
            if (c.isEmpty()) {
                continue;
            }
            for (String a : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String k = e.attr(a);
                if (!k.isEmpty()) {
                    out.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
                }
            }
        }
        return out;
    }

    private static String attr(Element e, String... names) {
        if (e == null) {
            return null;
        }
        for (String n : names) {
            String v = e.attr(n).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
