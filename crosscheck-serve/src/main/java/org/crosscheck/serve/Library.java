package org.crosscheck.serve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;

/**
 * What the server needs of crosscheck's memory: take in articles (annotate, cluster, brief, keep), and read back
 * stories, briefs and annotated articles. Writes may be serialised by the implementation; reads must not wait for
 * writes, because a newsroom reads while feeds are ingested.
 */
public interface Library {

    /** Annotates, clusters and briefs the articles and keeps them; articles whose id is already kept are skipped. */
    Submission submit(List<Article> articles);

    /**
     * One page of stories, newest first ({@link StoryEntry#ORDER}).
     *
     * @param day   only stories with an article published that day, or {@code null} for all
     * @param after the {@link StoryPage#next()} cursor of the previous page, or {@code null} for the first page
     * @param limit at most this many stories
     */
    StoryPage stories(LocalDate day, String after, int limit);

    /**
     * Stories whose articles match the query, best match first, from {@code offset} on.
     *
     * @throws IllegalArgumentException when the query cannot be read
     */
    SearchPage search(String query, int limit, int offset);

    /** Publication days that have stories, newest first: the web page's date navigation. */
    List<LocalDate> days();

    /** A story by id; a story merged into another still answers, with {@link StoryDossier#mergedInto()} set. */
    Optional<StoryDossier> story(String id);

    /**
     * Sets what is done with every new version of a story after it is kept and before readers can see it, on the
     * writer's thread: the server renders the brief there, so the first reader after a write does not pay for it.
     * Every version published after this call goes through it; it must not throw.
     */
    void beforePublish(Consumer<StoryDossier> prepare);

    Optional<AnnotatedArticle> article(String id);

    /**
     * The story an article is shown in, if it has been clustered: the story it was assigned to or, when the
     * clusterer merged that story into another since, the story that holds it now.
     */
    Optional<String> storyOf(String articleId);

    /**
     * The article this one is a near-duplicate copy of (the first copy the library kept, in clustering order), if
     * it is one: a copy sits in its original's story and does not count as an independent source in the brief.
     */
    Optional<String> duplicateOf(String articleId);

    /**
     * A number that changes whenever what the listings show changes (any write): lets a reader's cache of a
     * listing know it is still current without comparing it.
     */
    long version();

    /** Counts for the health endpoint. */
    Stats stats();

    /**
     * Sizes of what is kept.
     *
     * @param briefsPending stories listed but whose brief is still being rebuilt after a restart (0 once warm): a
     *                      reader asking for one waits for its rebuild
     */
    record Stats(int articles, int stories, int briefsPending) {
    }
}
