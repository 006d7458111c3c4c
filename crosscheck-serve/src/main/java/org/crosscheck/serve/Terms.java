package org.crosscheck.serve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;

/** The words a story can be found by: lower-cased, accents folded, so "Valmora" finds "valmora's" and "VALMORA". */
final class Terms {
    private Terms() {
    }

    static Set<String> of(String headline, List<AnnotatedArticle> docs) {
        Set<String> out = new HashSet<>(words(headline));
        for (AnnotatedArticle d : docs) {
            out.addAll(words(d.article().title()));
            out.addAll(words(d.article().outlet()));
            out.addAll(words(d.text()));
        }
        return Set.copyOf(out);
    }

    /** Letters and digits runs, folded; possessive 's dropped. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(folded.substring(start, i));
            }
        }
        return out;
    }
}
