package org.crosscheck.store;

import java.time.Instant;

/**
 * A story's latest brief as it was rendered when stored.
 *
 * @param json     the story object of {@code crosscheck brief --format json} (crosscheck-render's BriefJson)
 * @param markdown the brief as {@code crosscheck brief --format md} prints it
 * @param runId    the run that stored it, or {@code null}
 */
public record StoredBrief(String storyId, String headline, String json, String markdown, Instant updatedAt,
                          String runId) {
}
