package org.crosscheck.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.FileNames;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.ReadProblem;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom file ({@code .rss}, {@code .atom}, {@code .xml}): every item or entry is an
 * article. The text is the item's full content (content:encoded, Atom content) when it has one, else its
 * summary or description, as plain text; the outlet is the manifest's outlet for the file, else the feed's title;
 * the date is the item's published date, else its updated date, as a UTC calendar date.
 *
 * <p>The id is {@code <file stem>#<guid>} when the item's guid (Atom id, else link) is a short clean token, and
 * {@code <file stem>#<12 hex digits of its SHA-256>} otherwise (of its title and date when it has neither guid nor
 * link), so it is the same on every run, whatever the item's place in the feed, and safe in any output. An item
 * without text is reported as {@code item N} and the others are kept; a file that is not a feed, or not XML, is
 * one problem. A file that is not well-formed (a feed cut short, an old DOCTYPE) is reported and then
 * read leniently, keeping every item that could be recovered. No DTD or external entity is ever processed.
 */
public final class FeedReader implements ArticleReader {

    /** A feed larger than this is not a feed a person saved; a DOM of it would only hurt. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Set<String> DATE_ELEMENTS = Set.of("pubDate", "date", "published", "updated", "issued",
            "modified");

    @Override
    public java.util.List<String> endings() {
        return java.util.List.of(".rss", ".atom", ".xml");
    }

    @Override
    public boolean accepts(Path file) {
        String name = FileNames.lowerName(file);
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    }

    private final boolean keepTextless;

    /** A reader for feed files: items without text are reported and skipped. */
    public FeedReader() {
        this(false);
    }

    /**
     * @param keepTextless whether an item with neither content nor description still becomes an article, with
     *                     empty text, instead of a problem: for callers that fetch the item's linked page
     */
    public FeedReader(boolean keepTextless) {
        this.keepTextless = keepTextless;
    }

    @Override
    public void read(Path file, Manifest manifest, ArticleSink sink) throws IOException {
        String where = file.toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            sink.problem(new ReadProblem(where, "", "feed of " + size + " bytes is too large (limit " + MAX_BYTES
                    + ")"));
            return;
        }
        read(Files.readAllBytes(file), where, stem(file), manifest.lookup(file).orElse(null), sink);
    }

    /**
     * Reads a feed held in memory (one fetched over the network, say).
     *
     * @param where the file or URL it came from, for problems and origins
     * @param stem  the prefix of every article id
     * @param meta  metadata that overrides the feed's outlet and supplies a missing date, or {@code null}
     */
    public void read(byte[] bytes, String where, String stem, Manifest.Entry meta, ArticleSink sink) {
        FeedXml.Parsed parsed = FeedXml.parse(bytes);
        SyndFeed feed = null;
        String romeError = null;
        if (parsed.document() != null) {
            try {
                feed = new SyndFeedInput().build(parsed.document());
            } catch (FeedException | IllegalArgumentException e) {
                romeError = e.getMessage();
            } catch (RuntimeException e) {
                // Rome dereferences parts it takes for granted (an RSS root without <channel> throws a
                // NullPointerException); such a document is not a feed, not a reason to lose the run.
                romeError = "its structure breaks the feed parser (" + e + ")";
            }
        }
        if (feed == null) {
            String why = parsed.error() != null ? "not well-formed XML: " + parsed.error()
                    : "not an RSS or Atom feed: " + romeError;
            sink.problem(new ReadProblem(where, parsed.position(), why));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (parsed.error() != null) {
            // A DOCTYPE is refused so no DTD or entity is ever processed; the feed itself may be fine.
            String what = parsed.error().contains("DOCTYPE") ? "has a DOCTYPE, which is never processed"
                    : "not well-formed XML";
            sink.problem(new ReadProblem(where, parsed.position(), what + " (" + parsed.error()
                    + "); read leniently, recovered " + entries.size() + " items"));
        }
        List<Element> raw = rawItems(parsed.document(), entries.size());
        String outlet = meta != null && meta.outlet() != null ? meta.outlet() : HtmlText.inline(feed.getTitle());
        String language = language(feed.getLanguage());
        for (int i = 0; i < entries.size(); i++) {
            int n = i + 1;
            try {
                Article a = article(entries.get(i), n, raw == null ? null : raw.get(i), stem, outlet, language,
                        meta, where, sink);
                if (a != null) {
                    sink.article(a);
                }
            } catch (RuntimeException e) {
                sink.problem(new ReadProblem(where, "item " + n, "unreadable item: " + e));
            }
        }
    }

    private Article article(SyndEntry e, int n, Element raw, String stem, String outlet, String language,
                                   Manifest.Entry meta, String where, ArticleSink sink) {
        String title = HtmlText.inline(e.getTitle());
        String text = text(e);
        String label = title == null ? "" : " ('" + title + "')";
        if (text.isEmpty() && !keepTextless) {
            sink.problem(new ReadProblem(where, "item " + n, "no text: neither content nor description" + label));
            return null;
        }
        String key = firstNonBlank(e.getUri(), e.getLink());
        LocalDate published = date(e.getPublishedDate());
        if (published == null) {
            published = date(e.getUpdatedDate());
        }
        if (published == null) {
            String written = rawDate(raw);
            if (written != null) {
                sink.problem(new ReadProblem(where, "item " + n, "unreadable date '" + written + "'" + label
                        + "; read without a date"));
            } else if (meta != null) {
                published = meta.published();
            }
        }
        // Without a guid or link the item is known by what it says, not by its place in the feed: a feed that
        // gains an item on top would otherwise give an old id to a new item.
        String id = ArticleIds.of(stem, key != null ? key : (title != null ? title : text) + "|" + published);
        String url = firstNonBlank(e.getLink(), isUrl(e.getUri()) ? e.getUri() : null);
        return new Article(id, outlet, published, url == null ? null : url.strip(), title, language, text,
                where + "#item-" + n);
    }

    /** Full content when the item has any, else its summary. */
    private static String text(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            String t = convert(c);
            if (!t.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(t);
            }
        }
        return sb.isEmpty() ? convert(e.getDescription()) : sb.toString();
    }

    private static String convert(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return "";
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? HtmlText.plain(c.getValue()) : HtmlText.of(
                c.getValue());
    }

    /**
     * The item elements as written, in Rome's order, to see what a date Rome could not parse said; {@code null}
     * when they cannot be matched one to one.
     */
    private static List<Element> rawItems(Document doc, int expected) {
        Element root = doc.getRootElement();
        List<Element> items = new ArrayList<>();
        String itemName = root.getName().equals("feed") ? "entry" : "item";
        collect(root, itemName, items);
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                collect(child, itemName, items);
            }
        }
        return items.size() == expected ? items : null;
    }

    private static void collect(Element parent, String name, List<Element> into) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                into.add(child);
            }
        }
    }

    private static String rawDate(Element item) {
        if (item == null) {
            return null;
        }
        for (Element child : item.getChildren()) {
            if (DATE_ELEMENTS.contains(child.getName()) && !child.getTextTrim().isEmpty()) {
                return child.getTextTrim();
            }
        }
        return null;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** "en-us" → "en"; anything that is not a two-letter code → null, so language identification decides. */
    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String l = tag.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        String primary = dash >= 0 ? l.substring(0, dash) : l;
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://"));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
