package org.crosscheck.cli;

import java.util.List;
import org.crosscheck.feeds.FeedReader;
import org.crosscheck.feeds.WarcReader;
import org.crosscheck.html.HtmlFileReader;
import org.crosscheck.html.JsoupPageExtractor;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.JsonLinesReader;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.ingest.TextFileReader;

/**
 * Every input format crosscheck reads, by file ending (INTERFACE.md): plain text, JSON lines, saved web pages,
 * RSS/Atom feeds and WARC archives. Web pages in files and in archives share one page extractor.
 */
final class Readers {
    private Readers() {
    }

    static Inputs inputs() {
        return inputs(counts -> { });
    }

    /** The readers, telling {@code warcCounts} what each WARC archive held (for the run summary). */
    static Inputs inputs(java.util.function.Consumer<org.crosscheck.feeds.WarcCounts> warcCounts) {
        PageExtractor pages = new JsoupPageExtractor();
        return new Inputs(List.of(new TextFileReader(), new JsonLinesReader(), new HtmlFileReader(pages),
                new FeedReader(), new WarcReader(pages, warcCounts)));
    }
}
