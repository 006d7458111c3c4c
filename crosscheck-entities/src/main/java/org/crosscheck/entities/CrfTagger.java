package org.crosscheck.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Span;

/**
 * Runs the CRF over one sentence's tokens and turns its per-token labels into mentions. Tokens go in as
 * {@link CoreLabel}s carrying their offsets, so every label maps back to exact characters of the article; runs of
 * tokens with the same label become one mention (the 3-class model has no begin/inside distinction).
 */
final class CrfTagger {
    /** Sentences longer than this are tagged in windows: the CRF's cost grows with length and a "sentence" this
     *  long is a segmentation failure (a table, a list) rather than prose. */
    static final int MAX_TOKENS = 300;

    private CrfTagger() {
    }

    static List<Found> tag(String text, List<Span> tokens) {
        List<Found> out = new ArrayList<>();
        for (int from = 0; from < tokens.size(); from += MAX_TOKENS) {
            tagWindow(text, tokens.subList(from, Math.min(tokens.size(), from + MAX_TOKENS)), out);
        }
        return out;
    }

    private static void tagWindow(String text, List<Span> tokens, List<Found> out) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Span t : tokens) {
            String original = text.substring(t.start(), t.end());
            CoreLabel l = new CoreLabel();
            String word = ptbWord(original);
            l.setWord(word);
            l.setValue(word);
            l.setOriginalText(original);
            l.setBeginPosition(t.start());
            l.setEndPosition(t.end());
            labels.add(l);
        }
        if (labels.isEmpty()) {
            return;
        }
        // classifySentence (not classify) runs the model's own preprocessing: word shapes, distributional
        // classes and known-word tables; without it every token comes back "O". It returns fresh labels in
        // input order, so offsets are taken from our own list by index.
        List<CoreLabel> tagged = CrfModel.classifier().classifySentence(labels);
        if (tagged.size() != labels.size()) {
            throw new IllegalStateException("CRF returned " + tagged.size() + " labels for " + labels.size()
                    + " tokens");
        }
        EntityType open = null;
        int openStart = -1;
        int openEnd = -1;
        for (int i = 0; i < tagged.size(); i++) {
            EntityType type = typeOf(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            CoreLabel l = labels.get(i);
            if (type != open) {
                if (open != null) {
                    out.add(new Found(openStart, openEnd, open));
                }
                open = type;
                openStart = l.beginPosition();
            }
            openEnd = l.endPosition();
        }
        if (open != null) {
            out.add(new Found(openStart, openEnd, open));
        }
    }

    private static EntityType typeOf(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** The token as the 4.x models saw words in training: ASCII quote marks and apostrophes, brackets as is. */
    static String ptbWord(String w) {
        return switch (w) {
            case "“", "”", "„", "«", "»" -> "\"";
            default -> w.indexOf('’') >= 0 || w.indexOf('‘') >= 0 ? w.replace('’', '\'').replace('‘', '\'') : w;
        };
    }
}
