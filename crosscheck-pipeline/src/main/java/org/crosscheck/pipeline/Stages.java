package org.crosscheck.pipeline;

import java.util.Objects;
import org.crosscheck.api.stage.AttributionExtractor;
import org.crosscheck.api.stage.BriefBuilder;
import org.crosscheck.api.stage.Cleaner;
import org.crosscheck.api.stage.ContentClassifier;
import org.crosscheck.api.stage.EntityRecognizer;
import org.crosscheck.api.stage.EntityResolver;
import org.crosscheck.api.stage.LanguageIdentifier;
import org.crosscheck.api.stage.QuantityExtractor;
import org.crosscheck.api.stage.QuoteExtractor;
import org.crosscheck.api.stage.Segmenter;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.stage.TimeTagger;
import org.crosscheck.claims.StoryBriefBuilder;
import org.crosscheck.embed.MiniLmEmbedder;
import org.crosscheck.entities.AliasResolver;
import org.crosscheck.entities.CrfEntityRecognizer;
import org.crosscheck.quantities.RuleQuantityExtractor;
import org.crosscheck.quotes.RuleAttributionExtractor;
import org.crosscheck.quotes.RuleQuoteExtractor;
import org.crosscheck.stories.OnlineStoryClusterer;
import org.crosscheck.temporal.RuleTimeTagger;
import org.crosscheck.text.NonReportingClassifier;
import org.crosscheck.text.OpenNlpLanguageIdentifier;
import org.crosscheck.text.OpenNlpSegmenter;
import org.crosscheck.text.PageCleaner;

/**
 * The stage implementations a pipeline runs. Every field is an interface from {@code crosscheck-api}; to try
 * another implementation of one stage, build a {@code Stages} with it in place of the default.
 */
public record Stages(Cleaner cleaner, LanguageIdentifier language, Segmenter segmenter, ContentClassifier content,
                     EntityRecognizer entities, TimeTagger times, QuantityExtractor quantities, QuoteExtractor quotes,
                     AttributionExtractor attributions, EntityResolver resolver, StoryClusterer<?> clusterer,
                     BriefBuilder briefs) {

    public Stages {
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(segmenter, "segmenter");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(quantities, "quantities");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(attributions, "attributions");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(clusterer, "clusterer");
        Objects.requireNonNull(briefs, "briefs");
    }

    /** crosscheck's own stages. Models load lazily, on first use, so building this is cheap. */
    public static Stages defaults() {
        return new Stages(new PageCleaner(), new OpenNlpLanguageIdentifier(), new OpenNlpSegmenter(),
                new NonReportingClassifier(), new CrfEntityRecognizer(), new RuleTimeTagger(),
                new RuleQuantityExtractor(), new RuleQuoteExtractor(), new RuleAttributionExtractor(),
                new AliasResolver(), OnlineStoryClusterer.withEmbeddings(MiniLmEmbedder.shared()),
                new StoryBriefBuilder());
    }

    /**
     * These stages with their story clusterer merging stories at {@code threshold} and configured as before
     * otherwise; these stages themselves when the threshold is 0 (off, the default everywhere: on the development
     * sets merging cost more than it gained). With a threshold, an article that shows two live stories to be one
     * merges the newer into the older, recorded as a {@link org.crosscheck.api.state.StoryMerge}.
     *
     * @throws IllegalArgumentException when the threshold is outside [0, 1], or the clusterer is not crosscheck's
     *                                  {@link OnlineStoryClusterer} (the only one that merges)
     */
    public Stages withMergeThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("merge threshold " + threshold + " is not within [0, 1]");
        }
        if (threshold == 0) {
            return this;
        }
        if (!(clusterer instanceof OnlineStoryClusterer online)) {
            throw new IllegalArgumentException("only crosscheck's OnlineStoryClusterer merges stories, not "
                    + clusterer.getClass().getName());
        }
        return withClusterer(online.withConfig(online.config().toBuilder().mergeThreshold(threshold).build()));
    }

    /** These stages with another story clusterer (to compare clusterers on the same annotations). */
    public Stages withClusterer(StoryClusterer<?> other) {
        return new Stages(cleaner, language, segmenter, content, entities, times, quantities, quotes, attributions,
                resolver, other, briefs);
    }
}
