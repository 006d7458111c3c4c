package org.crosscheck.feeds;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.ReadProblem;

/** A sink that keeps what it is given, for assertions. */
final class Collected implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
    }
}
