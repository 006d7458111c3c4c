package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Span;

/**
 * Mends the sentence boundaries the OpenNLP English model gets wrong in news copy.
 *
 * <p>The UD-EWT model was trained on web text with few titles and abbreviations, so it ends a sentence after
 * "Gen.", "Dr.", "Jan." or "No." and before a lower-case continuation ({@code “Go!” she said}); and it misses the
 * end of a sentence that ends in an initialism ("... in the U.S. The talks ..."). Merging and splitting here is
 * cheap string work on the detector's output; claims and quotes downstream depend on whole sentences.
 */
final class SentenceRepair {

    /** Abbreviations that almost never end a sentence: titles before names, and words before a number. */
    private static final Set<String> NON_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cpl",
            "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "supt", "insp", "det", "atty", "sec", "st",
            "mt", "ft", "fr", "messrs", "mme", "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "para",
            "approx", "ca", "vs", "v", "e.g", "i.e", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /**
     * The AP abbreviations of US states, which news copy puts before a title ("Wash. Gov. Ann Lee", "Calif. Sen.
     * ..."). Unlike a title they also end sentences ("... in Springfield, Ill."), so they bind only a following
     * title, never a name or an ordinary capitalised word.
     */
    private static final Set<String> STATES = Set.of(
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt",
            "Va", "Wash", "Wis", "Wyo", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "R.I", "S.C", "S.D", "W.Va");

    /** Titles a state abbreviation can qualify, abbreviated or written out. */
    private static final Set<String> STATE_TITLES = Set.of(
            "gov", "sen", "rep", "lt", "atty", "sec", "supt", "governor", "senator", "representative", "mayor",
            "attorney", "lieutenant", "secretary", "sheriff", "congressman", "congresswoman", "lawmaker", "lawmakers",
            "legislator", "legislators", "state", "officials");

    /** Words that start a new sentence after an initialism ("U.S. The ..."), never continue a name. */
    private static final Pattern INITIALISM_THEN_START = Pattern.compile(
            "\\b(?:\\p{Lu}\\.){2,}(\\s+)(?=(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|But|And|Yet|"
                    + "However|Meanwhile|Moreover|Still|Instead|In|On|At|For|His|Her|Their|Its|Our|There|When|While|"
                    + "After|Before|According|Officials|Some|Many|Most|If|As|So|Now|Then)\\b)");

    private SentenceRepair() {
    }

    /** Returns the repaired, trimmed, non-empty sentence spans; {@code sentences} must be in text order. */
    static List<Span> repair(String text, List<Span> sentences) {
        List<Span> merged = new ArrayList<>();
        for (Span s : sentences) {
            Span t = Lines.trim(text, s);
            if (t.length() == 0) {
                continue;
            }
            if (!merged.isEmpty() && continues(text, merged.getLast(), t)) {
                Span prev = merged.removeLast();
                merged.add(new Span(prev.start(), t.end()));
            } else {
                merged.add(t);
            }
        }
        List<Span> out = new ArrayList<>(merged.size());
        for (Span s : merged) {
            splitAfterInitialisms(text, s, out);
        }
        return out;
    }

    private static boolean continues(String text, Span prev, Span next) {
        char first = text.charAt(next.start());
        if (Character.isLowerCase(first)) {
            return true;
        }
        String lastWord = lastWord(text, prev);
        if (lastWord == null) {
            return false;
        }
        String w = lastWord.toLowerCase(Locale.ROOT);
        if (STATES.contains(lastWord) && !afterHyphen(text, prev, lastWord)) {
            return STATE_TITLES.contains(firstWord(text, next).toLowerCase(Locale.ROOT));
        }
        if (!NON_FINAL.contains(w)) {
            return false;
        }
        // Month and number abbreviations only bind a following number ("Jan. 5", "No. 3"); titles bind a name.
        boolean numberWord = w.equals("no") || w.equals("nos") || w.equals("vol") || w.equals("art")
                || w.equals("fig") || w.equals("p") || w.equals("pp") || w.length() == 3 && isMonth(w)
                || w.equals("sept");
        if (numberWord) {
            return Character.isDigit(first);
        }
        return Character.isLetterOrDigit(first) || first == '(';
    }

    /** "D-Wash." and "R-Calif." follow a name and end a clause: the party affix never qualifies a title. */
    private static boolean afterHyphen(String text, Span prev, String lastWord) {
        int at = prev.end() - 1 - lastWord.length() - 1;
        return at >= prev.start() && text.charAt(at) == '-';
    }

    /** The letters that open a span ("Gov" of "Gov. Lee"). */
    private static String firstWord(String text, Span s) {
        int i = s.start();
        while (i < s.end() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(s.start(), i);
    }

    private static boolean isMonth(String w) {
        return "jan feb mar apr jun jul aug sep oct nov dec".contains(w);
    }

    /** The word before a final period ("Gen." gives "Gen", "e.g." gives "e.g"), or null when none ends it. */
    private static String lastWord(String text, Span s) {
        int end = s.end();
        if (end == s.start() || text.charAt(end - 1) != '.') {
            return null;
        }
        int i = end - 1;
        while (i > s.start() && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        if (i == end - 1) {
            return null;
        }
        return text.substring(i, end - 1);
    }

    private static void splitAfterInitialisms(String text, Span s, List<Span> out) {
        Matcher m = INITIALISM_THEN_START.matcher(text).region(s.start(), s.end());
        int start = s.start();
        while (m.find()) {
            out.add(new Span(start, m.start(1)));
            start = m.end(1);
        }
        out.add(new Span(start, s.end()));
    }
}
