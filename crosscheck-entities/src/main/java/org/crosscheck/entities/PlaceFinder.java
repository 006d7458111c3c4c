package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityType;

/**
 * Finds places named by the administrative noun after them ("the Kursk region", "Zaporizhzhia oblast", "Idlib
 * province"). Regions of countries outside the CRF's training news are exactly what it misses, while the noun after
 * them leaves no doubt; the head noun stays outside the span, so the name matches its bare mentions elsewhere.
 */
final class PlaceFinder {
    private static final Pattern PLACE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s+"
                    + "(?:region|regions|oblast|province|district|governorate|prefecture|county)(?![\\p{L}\\p{N}])");

    private static final Pattern POSSESSOR = Pattern.compile("['’‘]s\\s+");

    private PlaceFinder() {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = PLACE.matcher(text);
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
            if (e - s >= 2) {
                out.add(new Found(s, e, EntityType.LOCATION));
            }
        }
        return out;
    }
}
