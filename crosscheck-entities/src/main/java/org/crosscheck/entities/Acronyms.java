package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityType;

/**
 * Finds acronyms introduced next to their expansion: "Army Tactical Missile Systems (ATACMS)" or "ATACMS (Army
 * Tactical Missile Systems)". The pair is accepted only when the acronym's letters can be read, in order, as
 * prefixes of the expansion's words (each content word giving at least its first letter, so "TAC" may come from
 * "Tactical"; "of", "and", "the" may give none). That test keeps ordinary parentheses ("the Pentagon (which...)")
 * out without a list of known acronyms.
 */
final class Acronyms {
    /** An acronym and its expansion, each as offsets into the text. */
    record Pair(int acronymStart, int acronymEnd, int expansionStart, int expansionEnd) {
    }

    private static final String ACR = "\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}s?";
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]*";
    private static final String EXP = WORD + "(?:\\s+(?:(?:of|and|for|the|on|in|to|de|du|des)\\s+)*" + WORD + "){0,9}";
    private static final Pattern AFTER = Pattern.compile("(" + EXP + ")\\s*\\((" + ACR + ")\\)");
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + ACR + ")\\s*\\((" + EXP + ")\\)");
    private static final Pattern WORDS = Pattern.compile("\\S+");
    private static final Set<String> OPTIONAL = Set.of("of", "and", "for", "the", "on", "in", "to", "de", "du", "des");

    private Acronyms() {
    }

    static List<Pair> find(String text) {
        List<Pair> out = new ArrayList<>();
        Matcher m = AFTER.matcher(text);
        while (m.find()) {
            Pair p = fit(text, m.start(2), m.end(2), m.start(1), m.end(1));
            if (p != null) {
                out.add(p);
            }
        }
        m = BEFORE.matcher(text);
        while (m.find()) {
            Pair p = fit(text, m.start(1), m.end(1), m.start(2), m.end(2));
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static final Pattern CAPS = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{Lu}{3,8}(?![\\p{L}\\p{N}])");

    /**
     * Acronyms used apart from their expansion ("The Justice Against Sponsors of Terrorism Act, or JASTA", or the
     * acronym alone paragraphs later): an all-capitals word whose letters are exactly the initials of the content
     * words of one multi-word name already found in the article ("of", "and", "the" may give a letter or not).
     * Stricter than an adjacent pair, since nothing but the letters ties the two; an acronym two names could spell
     * is left alone.
     */
    static List<Pair> byInitials(String text, List<Found> names, List<Pair> known) {
        List<Pair> out = new ArrayList<>();
        Matcher m = CAPS.matcher(text);
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Pair p : known) {
            done.add(text.substring(p.acronymStart(), p.acronymEnd()));
        }
        while (m.find()) {
            String acr = m.group();
            if (!done.add(acr)) {
                continue;
            }
            Found match = null;
            java.util.Set<String> spelled = new java.util.HashSet<>();
            for (Found f : names) {
                if (f.type() == EntityType.PERSON || f.overlaps(new Found(m.start(), m.end(), f.type()))) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (String w : f.text(text).split("\\s+")) {
                    words.add(w.replaceAll("[^\\p{L}\\p{N}]", ""));
                }
                if (words.size() >= 2 && initials(acr, 0, words, 0) && spelled.add(f.text(text))) {
                    match = f;
                }
            }
            if (spelled.size() == 1) {
                out.add(new Pair(m.start(), m.end(), match.start(), match.end()));
            }
        }
        return out;
    }

    /** Whether {@code acr[ai..]} is the initials of {@code words[wi..]}, function words optional. */
    private static boolean initials(String acr, int ai, List<String> words, int wi) {
        if (wi == words.size()) {
            return ai == acr.length();
        }
        String w = words.get(wi);
        if (w.isEmpty()) {
            return initials(acr, ai, words, wi + 1);
        }
        boolean optional = OPTIONAL.contains(w.toLowerCase(Locale.ROOT));
        if (optional && initials(acr, ai, words, wi + 1)) {
            return true;
        }
        if (!optional && !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        return ai < acr.length() && Character.toUpperCase(w.charAt(0)) == acr.charAt(ai)
                && initials(acr, ai + 1, words, wi + 1);
    }

    /** The shortest tail of the capitalised run that spells the acronym, or {@code null}. */
    private static Pair fit(String text, int as, int ae, int es, int ee) {
        String acronym = text.substring(as, ae);
        String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        boolean plural = Character.isLowerCase(acronym.charAt(acronym.length() - 1));
        if (letters.length() > 2 && letters.endsWith("s") && plural) {
            letters = letters.substring(0, letters.length() - 1);
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORDS.matcher(text).region(es, ee);
        while (w.find()) {
            words.add(new int[]{w.start(), w.end()});
        }
        for (int first = words.size() - 1; first >= 0; first--) {
            String firstWord = text.substring(words.get(first)[0], words.get(first)[1]).toLowerCase(Locale.ROOT);
            if (OPTIONAL.contains(firstWord)) {
                continue;
            }
            List<String> tail = new ArrayList<>();
            for (int i = first; i < words.size(); i++) {
                tail.add(text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT));
            }
            if (spells(letters, 0, tail, 0)) {
                return new Pair(as, ae, words.get(first)[0], ee);
            }
        }
        return null;
    }

    /** Whether {@code letters[li..]} can be read as prefixes of {@code words[wi..]}, each content word used. */
    static boolean spells(String letters, int li, List<String> words, int wi) {
        if (wi == words.size()) {
            return li == letters.length();
        }
        String w = words.get(wi).replaceAll("[^\\p{L}\\p{N}]", "");
        if (OPTIONAL.contains(w) && spells(letters, li, words, wi + 1)) {
            return true;
        }
        for (int k = 1; k <= w.length() && li + k <= letters.length(); k++) {
            if (w.charAt(k - 1) != letters.charAt(li + k - 1)) {
                break;
            }
            if (spells(letters, li + k, words, wi + 1)) {
                return true;
            }
        }
        return false;
    }
}
