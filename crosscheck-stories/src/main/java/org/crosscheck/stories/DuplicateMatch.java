package org.crosscheck.stories;

/**
 * An earlier article that a new one copies.
 *
 * @param article the earlier article's id
 * @param story   the story that article was put in
 * @param jaccard estimated Jaccard similarity of the two articles' word 5-gram sets
 */
public record DuplicateMatch(String article, String story, double jaccard) {
}
