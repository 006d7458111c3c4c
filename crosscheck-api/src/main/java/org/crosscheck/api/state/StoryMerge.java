package org.crosscheck.api.state;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two live stories found to be one: the newer, {@code from}, was merged into the older, {@code into}, when
 * {@code atArticle} arrived. Assignments made before the merge keep the story they named, since an article's story
 * never depends on articles published after it; from {@code atArticle} on, what would have gone to {@code from}
 * goes to {@code into}. Consumers that show stories follow {@code from} to {@code into} with this record.
 *
 * @param from      the newer story's id, no longer in the index
 * @param into      the older story's id, which now holds both
 * @param atArticle the article whose arrival showed the two were one
 * @param score     the similarity of the two stories to each other when they were merged, in [0, 1]
 */
public record StoryMerge(String from, String into, String atArticle, double score) {
    public StoryMerge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(atArticle, "atArticle");
        if (from.equals(into)) {
            throw new IllegalArgumentException("a story cannot be merged into itself: " + from);
        }
    }

    /**
     * The story that holds {@code story} now: itself when it was never merged, else the end of the merges that took
     * it (a story merged into one that was merged in turn), given each merged story's merge by its {@code from}.
     */
    public static String live(String story, Map<String, StoryMerge> byFrom) {
        Set<String> seen = new HashSet<>();
        String s = story;
        while (byFrom.containsKey(s) && seen.add(s)) {
            s = byFrom.get(s).into();
        }
        return s;
    }
}
