package org.crosscheck.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CoreNLP 3-class CRF, loaded once per JVM on first use. Loading takes seconds and hundreds of megabytes, so
 * it happens only when a recogniser actually tags text, never at class-load or construction time (the lead can wire
 * the recogniser into a pipeline that never runs it for free). Only the CRF is loaded: a full CoreNLP pipeline
 * would also load POS, SUTime and tokeniser models crosscheck does not need.
 *
 * <p>{@link CRFClassifier#classify(java.util.List)} keeps no per-call state on the classifier (CoreNLP's own
 * annotator shares one instance across its worker threads), so the loaded instance is shared by all threads;
 * {@code CrfEntityRecognizerThreadTest} checks that concurrent tagging gives the single-threaded result.
 *
 * <p>The model normalises words with a word function (Americanize: "colour" to "color") that its feature factory
 * applies again on every read of a word, dozens of times per token, each a run of regular expressions. The loaded
 * instance's function is taken out and handed to {@link CrfTagger}, which applies it once per token before
 * classifying; the function maps its own output to itself, so the model sees the same words and gives the same
 * labels at a fraction of the cost. Its results are kept per word ({@link #word}), since the same words recur
 * throughout the news.
 *
 * <p>The classifier is a {@link CachedFeatureCrf}: the same model, with its feature numbers kept per word instead of
 * rebuilt as strings for every token.
 */
final class CrfModel {
    /** Classpath resource in the {@code stanford-corenlp} models jar. */
    static final String RESOURCE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Distinct words whose normalisation is kept before the cache starts afresh. */
    private static final int MAX_WORDS = 100_000;
    private static final Map<String, String> WORDS = new ConcurrentHashMap<>();

    private CrfModel() {
    }

    /** The shared classifier; loads it on the first call. */
    static CachedFeatureCrf classifier() {
        return Holder.CLASSIFIER;
    }

    /** The model's word normalisation, applied once per token by the caller (identity when the model has none). */
    static String word(String w) {
        String cached = WORDS.get(w);
        if (cached == null) {
            if (WORDS.size() >= MAX_WORDS) {
                WORDS.clear();
            }
            cached = Holder.WORD_FUNCTION.apply(w);
            WORDS.put(w, cached);
        }
        return cached;
    }

    /** How long the one load took, in milliseconds (forces the load). */
    static long loadMillis() {
        return Holder.LOAD_MILLIS;
    }

    /** Initialisation-on-demand holder: the JVM guarantees one thread-safe load. */
    private static final class Holder {
        static final long LOAD_MILLIS;
        static final CachedFeatureCrf CLASSIFIER;
        static final Function<String, String> WORD_FUNCTION;

        static {
            long t0 = System.nanoTime();
            CachedFeatureCrf crf = new CachedFeatureCrf();
            try {
                crf.loadClassifier(RESOURCE);
            } catch (Exception | LinkageError e) {
                throw new IllegalStateException("cannot load the CoreNLP NER model " + RESOURCE
                        + " (is the stanford-corenlp 'models' jar on the classpath?)", e);
            }
            Function<String, String> f = crf.flags.wordFunction;
            WORD_FUNCTION = f == null ? Function.identity() : f;
            crf.flags.wordFunction = null;
            crf.useCachedFeatures();
            CLASSIFIER = crf;
            LOAD_MILLIS = (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
