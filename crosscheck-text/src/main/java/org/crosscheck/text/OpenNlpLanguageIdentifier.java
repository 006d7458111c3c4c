package org.crosscheck.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.crosscheck.api.stage.LanguageIdentifier;

/**
 * Language of an article with the OpenNLP language detector (103 languages, ISO 639-3 codes), answered in
 * ISO 639-1.
 *
 * <p>Only the first {@value #SAMPLE} characters are read: an article does not change language halfway, and the
 * detector's cost grows with the text. Language identification is the largest share of ingest time, and halving the
 * sample from 600 characters nearly halves it while changing 2 of the 37,554 labels of the AllSides corpus (English
 * to undetermined, on texts that open with names and numbers).
 *
 * <p>The model's confidences are spread over 103 classes, so their absolute value says little (a clear English
 * sentence scores about 0.06); what separates a decision from a guess is the margin over the runner-up. A text with fewer than {@value #MIN_LETTERS} letters, or whose best language is
 * not at least {@value #MIN_MARGIN} times as likely as the second, is {@link #UNDETERMINED}.
 *
 * <p>Individual-language codes of macrolanguages (Mandarin "cmn", Iranian Persian "pes", Standard Malay
 * "zsm", ...) map to the macrolanguage's two-letter code; a language with no two-letter code (Waray "war",
 * Cebuano "ceb") keeps its three-letter code, as BCP 47 does.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

    static final int SAMPLE = 300;
    static final int MIN_LETTERS = 12;
    static final double MIN_MARGIN = 1.5;

    private static final Map<String, String> TO_639_1 = buildMap();

    /** The n-gram lengths and normalisers of OpenNLP's {@code LanguageDetectorFactory}, as the model was trained. */
    private static final int MIN_GRAM = 1;
    private static final int MAX_GRAM = 3;
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    public OpenNlpLanguageIdentifier() {
    }

    @Override
    public String identify(String text) {
        if (text == null || text.isEmpty()) {
            return UNDETERMINED;
        }
        String sample = sample(text);
        if (letters(sample) < MIN_LETTERS) {
            return UNDETERMINED;
        }
        MaxentModel model = Models.languages().getMaxentModel();
        String[] features = features(sample);
        float[] ones = new float[features.length];
        Arrays.fill(ones, 1f);
        double[] p = model.eval(features, ones);
        int best = -1;
        int second = -1;
        for (int i = 0; i < p.length; i++) {
            if (best < 0 || p[i] > p[best]) {
                second = best;
                best = i;
            } else if (second < 0 || p[i] > p[second]) {
                second = i;
            }
        }
        if (best < 0) {
            return UNDETERMINED;
        }
        if (second >= 0 && p[best] < MIN_MARGIN * p[second]) {
            return UNDETERMINED;
        }
        return toIso6391(model.getOutcome(best));
    }

    /**
     * What {@code LanguageDetectorME} gives the model: the distinct character 1- to 3-grams of the normalised,
     * lower-cased sample, each with the value 1. Built here with plain strings and one set, because OpenNLP's n-gram
     * model and the count map it builds and then discards took a third of the detector's time; the features, and so
     * the model's answer, are the same.
     */
    static String[] features(String sample) {
        String lower = lowerCase(NORMALIZER.normalize(sample));
        Set<String> grams = new HashSet<>(lower.length() * 4);
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= lower.length(); i++) {
                grams.add(lower.substring(i, i + n));
            }
        }
        return grams.toArray(new String[0]);
    }

    /** Lower case by code point, as OpenNLP's {@code StringUtil.toLowerCaseCharBuffer} does. */
    private static String lowerCase(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    /** The two-letter code for a model code, the model code itself when there is none. */
    static String toIso6391(String iso3) {
        return TO_639_1.getOrDefault(iso3, iso3);
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE) {
            return text;
        }
        int end = SAMPLE;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> buildMap() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter form known to the JDK: the model cannot answer with it either
            }
        }
        // individual languages the model uses in place of their macrolanguage
        m.put("cmn", "zh");
        m.put("pes", "fa");
        m.put("zsm", "ms");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("azj", "az");
        m.put("uzn", "uz");
        m.put("khk", "mn");
        m.put("plt", "mg");
        m.put("arb", "ar");
        m.put("swh", "sw");
        m.put("pnb", "pa");
        m.put("nob", "nb");
        m.put("nno", "nn");
        return Map.copyOf(m);
    }
}
