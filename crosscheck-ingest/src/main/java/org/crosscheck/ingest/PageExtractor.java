package org.crosscheck.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the article out of a web page: main text without navigation, ads, comments or related links, and the
 * page's own metadata. Readers of pages (saved HTML files, WARC response records, pages a feed links to) share one
 * implementation through this interface, so ingest does not depend on how extraction is done.
 */
@FunctionalInterface
public interface PageExtractor {

    /**
     * What a page holds.
     *
     * @param text      the main text, paragraphs separated by a blank line
     * @param title     the headline, or {@code null}
     * @param byline    the author as the page gives it, or {@code null}
     * @param published the publication date from the page's metadata, or {@code null}
     * @param language  ISO 639-1 code from the page's markup, or {@code null}
     * @param url       the canonical URL the page declares, or {@code null}
     * @param siteName  the publisher the page names (og:site_name, JSON-LD publisher), or {@code null}
     */
    record Page(String text, String title, String byline, LocalDate published, String language, String url,
                String siteName) {
    }

    /**
     * Extracts the article of one page; empty when the page has no article text (an index page, an empty body).
     *
     * @param html the page's markup, already decoded
     * @param url  where the page came from, for resolving and as a hint, or {@code null}
     */
    Optional<Page> extract(String html, String url);
}
