package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityType;

/**
 * Finds places named by the administrative noun after them ("the Kursk region", "Zaporizhzhia oblast", "Idlib
 * province") or by the appositive that news uses to introduce an unfamiliar place ("Kursk, a southern Russian
 * region where ...", "Sderot, an Israeli town near Gaza"). Regions of countries outside the CRF's training news are
 * exactly what it misses, while the noun leaves no doubt; the head noun stays outside the span, so the name matches
 * its bare mentions elsewhere.
 *
 * <p>The appositive's head noun must end the description (a clause, a preposition or punctuation follows), and the
 * words before it must be modifiers, not a phrase: in "Smith, a former city official" the place noun only modifies
 * the head, and in "Smith, a Republican from the state of Ohio" the place is Ohio, so neither finds anything.
 */
final class PlaceFinder {
    private static final Pattern PLACE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s+"
                    + "(?:region|regions|oblast|province|district|governorate|prefecture|county)(?![\\p{L}\\p{N}])");

    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}),\\s+an?\\s+"
                    + "(?:(?!(?:from|the|of|in|for|at|by|with|and|or|who|whose|which|that|to|on)\\b)[\\p{L}-]+\\s+){0,3}?"
                    + "(?:region|province|oblast|district|governorate|prefecture|county|city|town|village|country"
                    + "|territory|enclave|state|island|peninsula|port)"
                    + "(?=\\s*[,.;:)—–]|\\s+(?:where|that|which|whose|in|of|on|near|north|south|east|west|with|"
                    + "along|bordering|across|outside|close|just|some|about|home|known)\\b)");

    private static final Pattern POSSESSOR = Pattern.compile("['’‘]s\\s+");

    private PlaceFinder() {
    }

    /** The nouns {@link #PLACE} ends in ("regions" contains "region"): without one the text is not scanned. */
    private static final List<String> PLACE_NOUNS = List.of("region", "oblast", "province", "district",
            "governorate", "prefecture", "county");

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (LawFinder.containsAny(text, PLACE_NOUNS)) {
            collect(text, PLACE, out);
        }
        collect(text, APPOSITIVE, out);
        out.sort(java.util.Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        return out;
    }

    private static void collect(String text, Pattern pattern, List<Found> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            // "North Korea's Wonsan region": the possessor is another place, the name starts after it
            Matcher owner = POSSESSOR.matcher(text).region(s, e);
            while (owner.find()) {
                s = owner.end();
            }
            // "the Russian Kursk region": leading nationality words and determiners are not the name
            Matcher w = Pattern.compile("\\S+").matcher(text).region(s, e);
            while (w.find()) {
                String word = w.group();
                if (!Lexicon.NAME_STOPS.contains(word.toLowerCase(Locale.ROOT)) && !Lexicon.isDemonym(word)
                        && !Lexicon.isTitle(word)) {
                    break;
                }
                s = w.end();
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
            }
            if (e - s >= 2 && !Lexicon.SENTENCE_OPENERS.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
                out.add(new Found(s, e, EntityType.LOCATION));
            }
        }
    }
}
