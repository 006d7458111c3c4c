package org.crosscheck.text;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models this module uses, read from the classpath (the Maven Central model jars) once per JVM.
 *
 * <p>Model objects are immutable and shared by all threads; the {@code *ME} classes that use them keep per-call
 * state and are created by their callers. Each model sits in its own holder class so that a process that only
 * identifies languages never pays for the tokenizer, and the JVM's class initialisation makes the load happen
 * exactly once without locks on the hot path. Nothing is ever downloaded: a missing jar is a deployment error,
 * reported with the resource name and the artifact to add.
 */
final class Models {

    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String LANGDETECT = "/langdetect-183.bin";

    private Models() {
    }

    static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    static TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    static LanguageDetectorModel languages() {
        return LanguageHolder.MODEL;
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE, "opennlp-models-sentdetect-en", SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = load(TOKENS, "opennlp-models-tokenizer-en", TokenizerModel::new);
    }

    private static final class LanguageHolder {
        static final LanguageDetectorModel MODEL = load(LANGDETECT, "opennlp-models-langdetect",
                LanguageDetectorModel::new);
    }

    @FunctionalInterface
    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, String artifact, Reader<M> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath: add "
                        + "org.apache.opennlp:" + artifact + " to the runtime dependencies");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model " + resource + " (" + artifact + ")", e);
        }
    }
}
