package org.crosscheck.api;

import java.util.List;

/**
 * What crosscheck tells a reader about one story: what the outlets agree on, where they differ, what changed, what
 * rests on one source, who said what, what happened when, and how each report is sourced.
 */
public record Brief(Story story, String headline, List<ClaimGroup> claims, List<TimelineEvent> timeline,
                    List<BriefQuote> quotes, List<SourceProfile> sources) {
    public Brief {
        claims = List.copyOf(claims);
        timeline = List.copyOf(timeline);
        quotes = List.copyOf(quotes);
        sources = List.copyOf(sources);
    }
}
