package org.crosscheck.watch;

import java.util.Locale;
import java.util.Optional;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.ingest.ReadProblem;

/**
 * Turns a feed item into its article: the linked page's main text when the page can be fetched and holds one
 * longer than what the feed carries, else the feed's own text (its full content or its summary). The item keeps its
 * id, so the article is the same whichever way it was read.
 */
final class PageFiller {

    /** Where an article's text came from; {@code NONE} when there is no text to be had yet. */
    enum Source { PAGE, FEED, NONE }

    record Filled(Article article, Source source) {
    }

    private final Fetcher fetcher;
    private final PageExtractor pages;

    PageFiller(Fetcher fetcher, PageExtractor pages) {
        this.fetcher = fetcher;
        this.pages = pages;
    }

    Filled fill(Article item, String feedUrl, ArticleSink problems) throws InterruptedException {
        String link = WebUrls.resolve(feedUrl, item.url());
        Article fromFeed = link == null || link.equals(item.url()) ? item
                : new Article(item.id(), item.outlet(), item.published(), link, item.title(), item.language(),
                        item.text(), item.origin());
        String why = link == null ? "the item has no link" : null;
        if (link != null) {
            try {
                Fetched page = fetcher.get(link);
                String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
                if (!type.isEmpty() && !type.contains("html")) {
                    why = "the linked page is not HTML (" + page.contentType() + ")";
                } else {
                    Optional<PageExtractor.Page> p = extract(page);
                    if (p.isPresent() && p.get().text() != null && p.get().text().length() > item.text().length()) {
                        return new Filled(merge(fromFeed, p.get()), Source.PAGE);
                    }
                    why = p.isEmpty() ? "no article text on the linked page" : null;
                }
            } catch (FetchException e) {
                why = "linked page not fetched: " + e.getMessage();
            }
        }
        if (fromFeed.text().isBlank()) {
            problems.problem(new ReadProblem(feedUrl, "item " + item.id(), (why == null ? "no text" : why)
                    + ", and the feed gives no text for it; will try again"));
            return new Filled(null, Source.NONE);
        }
        if (why != null && link != null) {
            problems.problem(new ReadProblem(feedUrl, "item " + item.id(), why + "; kept the feed's text"));
        }
        return new Filled(fromFeed, Source.FEED);
    }

    private Optional<PageExtractor.Page> extract(Fetched page) {
        try {
            return pages.extract(page.text(), page.uri().toString());
        } catch (RuntimeException | StackOverflowError e) {
            // One hostile page must not stop the watcher; the feed's text stands in.
            return Optional.empty();
        }
    }

    /** The feed says what the item is (id, link, title, date); the page gives the text and fills what is missing. */
    private static Article merge(Article item, PageExtractor.Page p) {
        String outlet = p.siteName() != null && !p.siteName().isBlank() ? p.siteName().strip() : item.outlet();
        return new Article(item.id(), outlet,
                item.published() != null ? item.published() : p.published(),
                item.url(),
                item.title() != null ? item.title() : p.title(),
                p.language() != null ? p.language() : item.language(),
                p.text(),
                item.origin());
    }
}
