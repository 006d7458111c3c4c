package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Article;

/** A sink that keeps everything it is given, in order: for reading a run into memory, and for tests. */
public final class CollectingSink implements ArticleSink {
    private final List<Article> articles = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
    }

    /** The articles received so far (a live view, not a copy). */
    public List<Article> articles() {
        return articles;
    }

    /** The problems received so far (a live view, not a copy). */
    public List<ReadProblem> problems() {
        return problems;
    }
}
