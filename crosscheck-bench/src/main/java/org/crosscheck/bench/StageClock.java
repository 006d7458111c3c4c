package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 *
 * <p>Keeps both wall time and the calling thread's CPU time. On a machine shared with other work a thread waits
 * for a core, and its wall time grows with the load while its CPU time does not, so CPU time is the figure to compare
 * between runs made at different times.
 */
public final class StageClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cpuNanos = new ConcurrentHashMap<>();

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

    /** Wall seconds per stage, summed over threads, largest first. */
    public Map<String, Double> seconds() {
        return largestFirst(nanos);
    }

    /** CPU seconds of the calling threads per stage, largest first. */
    public Map<String, Double> cpuSeconds() {
        return largestFirst(cpuNanos);
    }

    private static Map<String, Double> largestFirst(Map<String, LongAdder> nanos) {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(b.sum(), a.sum())))
                .forEach(e -> out.put(e.getKey(), e.getValue().sum() / 1e9));
        return out;
    }

    public void reset() {
        nanos.clear();
        cpuNanos.clear();
    }

    private <T> T time(String stage, Supplier<T> call) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            return call.get();
        } finally {
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - t0);
            cpuNanos.computeIfAbsent(stage, k -> new LongAdder()).add(THREADS.getCurrentThreadCpuTime() - c0);
        }
    }
}
