package org.crosscheck.api;

/**
 * Where the clusterer put one article.
 *
 * @param article     the article id
 * @param story       the story id
 * @param newStory    whether the article started the story
 * @param score       similarity to the story it joined (1.0 for a new story)
 * @param duplicateOf the id of an earlier article this one copies, or {@code null}
 */
public record StoryAssignment(String article, String story, boolean newStory, double score, String duplicateOf) {
}
