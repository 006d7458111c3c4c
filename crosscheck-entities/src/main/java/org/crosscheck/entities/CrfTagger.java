package org.crosscheck.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Span;

/**
 * Runs the CRF over one sentence's tokens and turns its per-token labels into mentions. Tokens go in as
 * {@link CoreLabel}s carrying their offsets, so every label maps back to exact characters of the article; runs of
 * tokens with the same label become one mention (the 3-class model has no begin/inside distinction).
 *
 * <p>The CRF's cost is per token (feature strings built and looked up for every position), yet only a capitalised
 * token starts a PERSON, ORGANIZATION or LOCATION in English news prose. So the CRF sees only windows around the
 * tokens with an upper-case letter (other than "I" and the days of the week), {@link #CONTEXT} tokens either side
 * (overlapping windows merge, so "Bank of America" stays whole); a sentence without such a token is not tagged at
 * all. A sentence's first word does not count when it is a common word ("The", "But", "After"): it is capitalised
 * only because it opens the sentence.
 */
final class CrfTagger {
    /** Sentences longer than this are tagged in windows: the CRF's cost grows with length and a "sentence" this
     *  long is a segmentation failure (a table, a list) rather than prose. */
    static final int MAX_TOKENS = 300;

    /**
     * Tokens of context kept on each side of a capitalised token: the model's widest features (its disjunctions,
     * {@code disjunctionWidth} 5 in the serialized flags) read five words either side, so with five a capitalised
     * token's features are the ones it gets in the whole sentence. Measured: on 100 AllSides articles the CRF then
     * sees 56% of the tokens and finds the same 5,783 mentions as on whole sentences, less 3 lower-case slips
     * ("defense" as an organisation); on the BASIL devset the same mentions. Four or fewer lose names whose type
     * rests on a word further away.
     */
    static final int CONTEXT = 5;

    private CrfTagger() {
    }

    static List<Found> tag(String text, List<Span> tokens) {
        return tag(text, tokens, CONTEXT);
    }

    /** Tags with {@code context} tokens kept around each capitalised token; negative: the whole sentence at once. */
    static List<Found> tag(String text, List<Span> tokens, int context) {
        List<Found> out = new ArrayList<>();
        List<String> words = new ArrayList<>(tokens.size());
        for (Span t : tokens) {
            words.add(text.substring(t.start(), t.end()));
        }
        boolean[] keep = window(words, context);
        int i = 0;
        while (i < keep.length) {
            if (!keep[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < keep.length && keep[end]) {
                end++;
            }
            for (int from = i; from < end; from += MAX_TOKENS) {
                int to = Math.min(end, from + MAX_TOKENS);
                tagWindow(tokens.subList(from, to), words.subList(from, to), out);
            }
            i = end;
        }
        return out;
    }

    /**
     * Which of a sentence's tokens the CRF must see: those within {@code context} tokens of a token that can be part
     * of a name (none when the sentence has no such token); all of them when {@code context} is negative.
     */
    static boolean[] window(List<String> words, int context) {
        boolean[] keep = new boolean[words.size()];
        if (context < 0) {
            Arrays.fill(keep, true);
            return keep;
        }
        int first = firstWord(words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (mayBeName(w) && !(i == first && isOpener(w))) {
                int to = Math.min(words.size(), i + context + 1);
                for (int j = Math.max(0, i - context); j < to; j++) {
                    keep[j] = true;
                }
            }
        }
        return keep;
    }

    /** The first token with a letter (a sentence may open with a quote mark or a dash), or -1. */
    private static int firstWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            for (int k = 0; k < w.length(); k++) {
                if (Character.isLetter(w.charAt(k))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean mayBeName(String w) {
        return !Lexicon.NEVER_NAMES.contains(w) && hasUpperCase(w, 0);
    }

    /** Whether a character of {@code w} from {@code from} on is an upper-case letter. */
    static boolean hasUpperCase(String w, int from) {
        for (int k = from; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** A common word capitalised as a sentence's first ("But"), not written in capitals ("US", "WHO"). */
    private static boolean isOpener(String w) {
        return !hasUpperCase(w, 1) && Lexicon.SENTENCE_OPENERS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static void tagWindow(List<Span> tokens, List<String> originals, List<Found> out) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i);
            String original = originals.get(i);
            CoreLabel l = new CoreLabel();
            // the model's own word normalisation, once here instead of on every feature's read (see CrfModel)
            String word = CrfModel.word(ptbWord(original));
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
