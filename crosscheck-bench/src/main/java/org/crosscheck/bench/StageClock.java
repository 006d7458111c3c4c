package org.crosscheck.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.crosscheck.api.stage.AttributionExtractor;
import org.crosscheck.api.stage.ContentClassifier;
import org.crosscheck.api.stage.EntityRecognizer;
import org.crosscheck.api.stage.EntityResolver;
import org.crosscheck.api.stage.QuantityExtractor;
import org.crosscheck.api.stage.QuoteExtractor;
import org.crosscheck.api.stage.Segmenter;
import org.crosscheck.api.stage.TimeTagger;
import org.crosscheck.pipeline.Stages;

/**
 * Thread time spent in each annotation stage, summed over threads: wraps a {@link Stages} so every call to a stage is
 * timed, without the stages knowing. Shows where an annotation pass goes, so speed work starts at the right stage.
 */
public final class StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    /** The same stages, each timed under its pipeline name. */
    public Stages wrap(Stages s) {
        Segmenter segmenter = text -> time("sentences", () -> s.segmenter().segment(text));
        ContentClassifier content = doc -> time("non-reporting", () -> s.content().classify(doc));
        EntityRecognizer entities = doc -> time("entities", () -> s.entities().recognize(doc));
        TimeTagger times = doc -> time("times", () -> s.times().tag(doc));
        QuantityExtractor quantities = doc -> time("quantities", () -> s.quantities().extract(doc));
        QuoteExtractor quotes = doc -> time("quotes", () -> s.quotes().extract(doc));
        AttributionExtractor attributions = doc -> time("attributions", () -> s.attributions().extract(doc));
        EntityResolver resolver = docs -> time("entity resolution", () -> s.resolver().resolve(docs));
        return new Stages(a -> time("cleaning", () -> s.cleaner().clean(a)),
                text -> time("language", () -> s.language().identify(text)), segmenter, content, entities, times,
                quantities, quotes, attributions, resolver, s.clusterer(), s.briefs());
    }

    /** Seconds per stage, in the order stages were first seen. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(b.sum(), a.sum())))
                .forEach(e -> out.put(e.getKey(), e.getValue().sum() / 1e9));
        return out;
    }

    public void reset() {
        nanos.clear();
    }

    private <T> T time(String stage, Supplier<T> call) {
        long t0 = System.nanoTime();
        try {
            return call.get();
        } finally {
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - t0);
        }
    }
}
