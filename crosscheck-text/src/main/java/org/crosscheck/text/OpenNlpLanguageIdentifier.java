package org.crosscheck.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.crosscheck.api.stage.LanguageIdentifier;

/**
 * Language of an article with the OpenNLP language detector (103 languages, ISO 639-3 codes), answered in
 * ISO 639-1.
 *
 * <p>Only the first {@value #SAMPLE} characters are read: an article does not change language halfway, and the
 * detector's cost grows with the text. The model's confidences are spread over 103 classes, so their absolute
 * value says little (a clear English sentence scores about 0.06); what separates a decision from a guess is the
 * margin over the runner-up. A text with fewer than {@value #MIN_LETTERS} letters, or whose best language is
 * not at least {@value #MIN_MARGIN} times as likely as the second, is {@link #UNDETERMINED}.
 *
 * <p>Individual-language codes of macrolanguages (Mandarin "cmn", Iranian Persian "pes", Standard Malay
 * "zsm", ...) map to the macrolanguage's two-letter code; a language with no two-letter code (Waray "war",
 * Cebuano "ceb") keeps its three-letter code, as BCP 47 does.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

    static final int SAMPLE = 600;
    static final int MIN_LETTERS = 12;
    static final double MIN_MARGIN = 1.5;

    private static final Map<String, String> TO_639_1 = buildMap();

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
        Language[] ranked = new LanguageDetectorME(Models.languages()).predictLanguages(sample);
        if (ranked.length == 0) {
            return UNDETERMINED;
        }
        if (ranked.length > 1 && ranked[0].getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) {
            return UNDETERMINED;
        }
        return toIso6391(ranked[0].getLang());
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
