package org.crosscheck.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
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
 * labels at a fraction of the cost.
 */
final class CrfModel {
    /** Classpath resource in the {@code stanford-corenlp} models jar. */
    static final String RESOURCE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private CrfModel() {
    }

    /** The shared classifier; loads it on the first call. */
    static CRFClassifier<CoreLabel> classifier() {
        return Holder.CLASSIFIER;
    }

    /** The model's word normalisation, applied once per token by the caller (identity when the model has none). */
    static String word(String w) {
        return Holder.WORD_FUNCTION.apply(w);
    }

    /** How long the one load took, in milliseconds (forces the load). */
    static long loadMillis() {
        return Holder.LOAD_MILLIS;
    }

    /** Initialisation-on-demand holder: the JVM guarantees one thread-safe load. */
    private static final class Holder {
        static final long LOAD_MILLIS;
        static final CRFClassifier<CoreLabel> CLASSIFIER;
        static final Function<String, String> WORD_FUNCTION;

        static {
            long t0 = System.nanoTime();
            try {
                CLASSIFIER = CRFClassifier.getClassifier(RESOURCE);
            } catch (Exception | LinkageError e) {
                throw new IllegalStateException("cannot load the CoreNLP NER model " + RESOURCE
                        + " (is the stanford-corenlp 'models' jar on the classpath?)", e);
            }
            Function<String, String> f = CLASSIFIER.flags.wordFunction;
            WORD_FUNCTION = f == null ? Function.identity() : f;
            CLASSIFIER.flags.wordFunction = null;
            LOAD_MILLIS = (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
