package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Span;

/**
 * Finds weapon names, which the 3-class CRF misses or calls organisations. News names a weapon system by putting
 * its name right before a weapon noun ("Taurus missiles", "Storm Shadow cruise missiles", "ATACMS missile
 * systems", "F-16 jets"), or in quotes right after one ("long-range missiles “SCALP”"). A name here is a run of
 * capitalised or numbered tokens, possibly joined by {@code /} ("SCALP/Storm Shadow"); nationality words
 * ("Iranian drones", "US-made tanks") and determiners are not names.
 */
final class WeaponFinder {
    private static final int MAX_NAME_TOKENS = 4;

    private WeaponFinder() {
    }

    static List<Found> find(String text, List<List<Span>> sentences) {
        List<Found> out = new ArrayList<>();
        for (List<Span> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
                if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                    continue; // "Missile" inside a capitalised run belongs to a longer name
                }
                boolean strong = Lexicon.WEAPON_HEADS.contains(w);
                boolean weak = Lexicon.WEAPON_WEAK_HEADS.contains(w);
                if (strong || weak) {
                    before(text, tokens, i, strong, out);
                }
                if (strong) {
                    quotedAfter(text, tokens, i, out);
                }
            }
        }
        return dedupe(out);
    }

    /** The name in front of the head at {@code head}, skipping modifiers ("cruise", "long-range"). */
    private static void before(String text, List<Span> tokens, int head, boolean strong, List<Found> out) {
        int j = head - 1;
        while (j >= 0
                && Lexicon.WEAPON_MODIFIERS.contains(text.substring(tokens.get(j).start(), tokens.get(j).end()))) {
            j--;
        }
        int end = j;
        int start = j + 1;
        int names = 0;
        while (j >= 0 && names < MAX_NAME_TOKENS) {
            String t = text.substring(tokens.get(j).start(), tokens.get(j).end());
            if (t.equals("/") && start <= end) {
                j--;
                continue;
            }
            if (!isNameToken(t)) {
                break;
            }
            start = j;
            names++;
            j--;
        }
        // leading determiners or nationalities that happen to be capitalised are not part of the name
        while (start <= end && stop(text.substring(tokens.get(start).start(), tokens.get(start).end()))) {
            start++;
        }
        if (start > end) {
            return;
        }
        // "SCALP/Storm Shadow missiles": two names for one head
        int from = start;
        for (int k = start; k <= end + 1; k++) {
            boolean cut = k == end + 1 || text.substring(tokens.get(k).start(), tokens.get(k).end()).equals("/");
            if (cut) {
                if (k - 1 >= from) {
                    addName(text, tokens, from, k - 1, strong, out);
                }
                from = k + 1;
            }
        }
    }

    /** {@code missiles “SCALP” and “Storm Shadow”}: quoted names right after the head noun. */
    private static void quotedAfter(String text, List<Span> tokens, int head, List<Found> out) {
        int j = head + 1;
        while (j < tokens.size() && isOpenQuote(text, tokens.get(j))) {
            int k = j + 1;
            int first = k;
            while (k < tokens.size() && k - first < MAX_NAME_TOKENS && !isQuote(text, tokens.get(k))
                    && isNameToken(text.substring(tokens.get(k).start(), tokens.get(k).end()))) {
                k++;
            }
            if (k == first || k >= tokens.size() || !isQuote(text, tokens.get(k))) {
                return;
            }
            out.add(new Found(tokens.get(first).start(), tokens.get(k - 1).end(), EntityType.WEAPON));
            j = k + 1;
            if (j < tokens.size() && (word(text, tokens.get(j)).equals("and") || word(text, tokens.get(j)).equals(",")
                    || word(text, tokens.get(j)).equals("or"))) {
                j++;
            }
        }
    }

    private static void addName(String text, List<Span> tokens, int from, int to, boolean strong, List<Found> out) {
        String name = text.substring(tokens.get(from).start(), tokens.get(to).end());
        boolean coded = name.chars().anyMatch(Character::isDigit) || isAllCaps(name);
        if (!strong && !coded) {
            return;
        }
        out.add(new Found(tokens.get(from).start(), tokens.get(to).end(), EntityType.WEAPON));
    }

    private static boolean stop(String t) {
        return Lexicon.NAME_STOPS.contains(t.toLowerCase(Locale.ROOT)) || Lexicon.isDemonym(t)
                || Lexicon.WEAPON_MODIFIERS.contains(t.toLowerCase(Locale.ROOT));
    }

    /** A token that can be part of a weapon's name: capitalised, all caps, or a model number. */
    static boolean isNameToken(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && t.chars().anyMatch(Character::isLetter);
    }

    private static boolean isAllCaps(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && s.length() >= 2;
    }

    private static boolean isOpenQuote(String text, Span t) {
        String s = text.substring(t.start(), t.end());
        return s.equals("“") || s.equals("\"") || s.equals("«") || s.equals("„");
    }

    private static boolean isQuote(String text, Span t) {
        String s = text.substring(t.start(), t.end());
        return s.equals("”") || s.equals("“") || s.equals("\"") || s.equals("»");
    }

    private static String word(String text, Span t) {
        return text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }

    private static List<Found> dedupe(List<Found> in) {
        List<Found> out = new ArrayList<>();
        for (Found f : in) {
            if (out.stream().noneMatch(o -> o.start() == f.start() && o.end() == f.end())) {
                out.add(f);
            }
        }
        return out;
    }
}
