package org.crosscheck.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * The CoreNLP 3-class CRF, loaded once per JVM on first use. Loading takes seconds and hundreds of megabytes, so
 * it happens only when a recogniser actually tags text, never at class-load or construction time (the lead can wire
 * the recogniser into a pipeline that never runs it for free). Only the CRF is loaded: a full CoreNLP pipeline
 * would also load POS, SUTime and tokeniser models crosscheck does not need.
 *
 * <p>{@link CRFClassifier#classify(java.util.List)} keeps no per-call state on the classifier (CoreNLP's own
 * annotator shares one instance across its worker threads), so the loaded instance is shared by all threads;
 * {@code CrfEntityRecognizerThreadTest} checks that concurrent tagging gives the single-threaded result.
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

    /** How long the one load took, in milliseconds (forces the load). */
    static long loadMillis() {
        return Holder.LOAD_MILLIS;
    }

    /** Initialisation-on-demand holder: the JVM guarantees one thread-safe load. */
    private static final class Holder {
        static final long LOAD_MILLIS;
        static final CRFClassifier<CoreLabel> CLASSIFIER;

        static {
            long t0 = System.nanoTime();
            try {
                CLASSIFIER = CRFClassifier.getClassifier(RESOURCE);
            } catch (Exception | LinkageError e) {
                throw new IllegalStateException("cannot load the CoreNLP NER model " + RESOURCE
                        + " (is the stanford-corenlp 'models' jar on the classpath?)", e);
            }
            LOAD_MILLIS = (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
