package org.crosscheck.quantities;

import java.util.List;
import java.util.Map;
import org.crosscheck.quantities.Tokens.Tok;

/**
 * Cardinal numbers written in words: "three", "twenty-five", "two hundred and fifty thousand", "a dozen",
 * "half a million". Ordinals ("third") and fractions are deliberately absent: they are not counts.
 */
final class NumberWords {

    /** A written number: the token after it, its value and the scale word it ended on (1 when none). */
    record Parsed(int endTok, double value, double scale) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "dozen", 12.0);

    private NumberWords() {
    }

    static boolean isNumberWord(Tok t) {
        return t.isWord() && (wordValue(t.lower()) >= 0 || SCALES.containsKey(t.lower()));
    }

    /** Reads a written cardinal starting at token {@code j}, or returns {@code null}. */
    static Parsed read(List<Tok> toks, int j) {
        if (j >= toks.size() || !toks.get(j).isWord()) {
            return null;
        }
        String first = toks.get(j).lower();
        int k = j;
        double total = 0;
        double current = 0;
        double lastScale = 1;
        if ((first.equals("a") || first.equals("an") || first.equals("half")) && j + 1 < toks.size()) {
            // "a dozen", "a million", "half a million"
            int s = j + 1;
            double factor = 1;
            if (first.equals("half")) {
                if (!toks.get(s).lower().equals("a") || s + 1 >= toks.size()) {
                    return null;
                }
                s++;
                factor = 0.5;
            }
            Double scale = SCALES.get(toks.get(s).lower());
            if (scale == null) {
                return null;
            }
            current = factor;
            k = s;
        } else if (wordValue(first) < 0) {
            return null;
        }
        boolean any = false;
        while (k < toks.size()) {
            Tok t = toks.get(k);
            String w = t.lower();
            int v = wordValue(w);
            Double scale = SCALES.get(w);
            if (v >= 0) {
                boolean tensThenUnits = current % 100 >= 20 && current % 10 == 0 && v < 10;
                if (any && lastScale == 1 && !tensThenUnits) {
                    break; // "five six" is two numbers, not eleven; "twenty five" is one
                }
                current += v;
                lastScale = 1;
            } else if (scale != null) {
                if (scale == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (scale == 12.0) {
                    current = (current == 0 ? 1 : current) * 12;
                } else {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                lastScale = scale;
            } else if (w.equals("and") && any && lastScale >= 100 && k + 1 < toks.size()
                    && wordValue(toks.get(k + 1).lower()) >= 0) {
                k++;
                continue;
            } else {
                break;
            }
            any = true;
            k++;
        }
        if (!any) {
            return null;
        }
        return new Parsed(k, total + current, lastScale);
    }

    /** Value of "seven" or "twenty-five"; -1 when the word is not a cardinal below a hundred. */
    static int wordValue(String w) {
        Integer v = SMALL.get(w);
        if (v != null) {
            return v;
        }
        if (w.equals("half-dozen")) {
            return 6; // "a half-dozen senators"
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(w.substring(0, dash));
            Integer ones = SMALL.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return tens + ones;
            }
        }
        return -1;
    }
}
