package org.crosscheck.api;

import java.util.List;

/**
 * Something that happened on a date, with the articles and spans that say so.
 *
 * @param when  TIMEX3 value ({@code 2024-11-17}, {@code 2024-02})
 * @param event what happened, in the words of the sentence that dates it
 */
public record TimelineEvent(String when, String event, List<String> articles, List<Evidence> support) {
    public TimelineEvent {
        articles = List.copyOf(articles);
        support = List.copyOf(support);
    }
}
