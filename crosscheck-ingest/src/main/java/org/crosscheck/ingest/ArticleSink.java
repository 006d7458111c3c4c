package org.crosscheck.ingest;

import org.crosscheck.api.Article;

/**
 * Receives what readers find, one item at a time, so a 100 MB file never has to sit in memory as a list and a
 * problem halfway through keeps everything before it.
 */
public interface ArticleSink {
    void article(Article article);

    void problem(ReadProblem problem);
}
