package org.crosscheck.serve;

import java.util.List;

/**
 * What became of submitted articles.
 *
 * @param accepted ids annotated and kept
 * @param known    ids skipped because an article with that id is already kept
 * @param stories  ids of the stories the accepted articles joined or started
 * @param problems stage problems, as "article: stage failed: why"; the articles were kept with that stage empty
 */
public record Submission(List<String> accepted, List<String> known, List<String> stories, List<String> problems) {
    public Submission {
        accepted = List.copyOf(accepted);
        known = List.copyOf(known);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
