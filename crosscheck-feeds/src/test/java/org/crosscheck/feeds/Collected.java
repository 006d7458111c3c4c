package org.crosscheck.feeds;

import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.ReadProblem;

/** A sink that keeps what it is given, for assertions, with the lists as fields for short test code. */
final class Collected implements ArticleSink {
    private final CollectingSink sink = new CollectingSink();
    final List<Article> articles = sink.articles();
    final List<ReadProblem> problems = sink.problems();

    @Override
    public void article(Article article) {
        sink.article(article);
    }

    @Override
    public void problem(ReadProblem problem) {
        sink.problem(problem);
    }
}
