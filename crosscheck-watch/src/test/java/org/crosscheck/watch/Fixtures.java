package org.crosscheck.watch;

import java.util.List;

/** Feeds, pages and subscription lists of fictional outlets, written for these tests. */
final class Fixtures {

    record Item(String guid, String link, String title, String date, String description) {
    }

    private Fixtures() {
    }

    static String rss(String title, List<Item> items) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                <title>%s</title><link>https://ledger.example/</link><language>en</language>
                """.formatted(title));
        for (Item i : items) {
            sb.append("<item>");
            if (i.title() != null) {
                sb.append("<title>").append(i.title()).append("</title>");
            }
            if (i.link() != null) {
                sb.append("<link>").append(i.link()).append("</link>");
            }
            if (i.guid() != null) {
                sb.append("<guid isPermaLink=\"false\">").append(i.guid()).append("</guid>");
            }
            if (i.date() != null) {
                sb.append("<pubDate>").append(i.date()).append("</pubDate>");
            }
            if (i.description() != null) {
                sb.append("<description>").append(i.description()).append("</description>");
            }
            sb.append("</item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    static String atom(String title, List<Item> entries) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                <title>%s</title><id>urn:example:coastline</id><updated>2031-10-15T12:00:00Z</updated>
                """.formatted(title));
        for (Item i : entries) {
            sb.append("<entry><id>").append(i.guid()).append("</id><title>").append(i.title())
                    .append("</title><link rel=\"alternate\" href=\"").append(i.link()).append("\"/>")
                    .append("<updated>").append(i.date()).append("</updated><summary>").append(i.description())
                    .append("</summary></entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    /** A news page with chrome around the article, so extraction has something to strip. */
    static String page(String outlet, String headline, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%2$s</title>
                <meta property="og:site_name" content="%1$s"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
                <article><h1>%2$s</h1>
                %3$s</article>
                <footer>Copyright %1$s. All rights reserved.</footer></body></html>
                """.formatted(outlet, headline, body);
    }

    static String opml(String... feedUrls) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Estrava news</title></head><body>
                <outline text="Estrava">
                """);
        for (String u : feedUrls) {
            sb.append("<outline type=\"rss\" text=\"feed\" xmlUrl=\"").append(u.replace("&", "&amp;"))
                    .append("\"/>\n");
        }
        return sb.append("</outline></body></opml>\n").toString();
    }

    static final String[] FERRY = {
        "The Ostrel ferry service resumed on Tuesday after a three-day suspension caused by a storm in the strait.",
        "Harbour master Lenka Voss said the first crossing left at six in the morning with 212 passengers aboard.",
        "The operator said timetables would return to normal by the weekend once the damaged pier was inspected."
    };

    static final String[] BRIDGE = {
        "Engineers closed the Marren bridge to lorries on Wednesday after cracks were found in two support beams.",
        "The city council said cars could still cross while repairs, expected to take six weeks, were planned.",
        "Local traders warned that the detour through the industrial district would add forty minutes to deliveries."
    };

    static final String[] MARKET = {
        "The Valmora fish market will move to a new hall on the eastern quay next spring, the council announced.",
        "Stallholders welcomed the covered hall but asked for the rent to stay at this year's level for two years.",
        "The old market building, opened in 1898, is to become a maritime museum after restoration work."
    };
}
