package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityType;

/**
 * Finds names of laws and treaties: a capitalised title ending in Act, Treaty, Accord(s) or Amendment ("the
 * Defense Production Act", "the Good Friday Agreement" is left to the CRF). The CRF tags such titles as
 * organisations or not at all, and a claim about a law reads wrong when its subject is typed as a body.
 */
final class LawFinder {
    // A period belongs to a word only as an abbreviation's ("U.S."): "on Friday. The ... Act" is two sentences.
    private static final String CAP = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}'’-]*|\\p{N}+(?:st|nd|rd|th)?)";
    // Words of one title are separated by spaces, never by a line break.
    private static final String GAP = "[ \\t\\u00A0]+";
    private static final Pattern LAW = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?!(?:The|A|An|This|That|Its|Their|His|Her|Under|In|By|New)\\s)"
                    + CAP + "(?:" + GAP + "(?:(?:of|and|for|on|to|the|in)" + GAP + ")?" + CAP + "){0,7}?"
                    + GAP + "(?:Act|Treaty|Accords?|Amendment)(?![\\p{L}\\p{N}])(?:" + GAP + "of" + GAP + "\\d{4})?");

    private LawFinder() {
    }

    /** A year written before a law's title ("the 1976 Foreign Sovereign Immunities Act") dates it, not names it. */
    private static final Pattern LEADING_YEAR = Pattern.compile("(?:1[6-9]|20)\\d\\d\\s+");

    /** "the Constitution": in news always a country's constitution, a law the CRF leaves untagged. */
    private static final Pattern CONSTITUTION = Pattern.compile("(?<=\\b[Tt]he\\s)Constitution(?![\\p{L}\\p{N}])");

    /** Every law title ends in one of these words: a text without any of them is not scanned for titles. */
    private static final List<String> HEADS = List.of("Act", "Treaty", "Accord", "Amendment");

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        boolean titled = containsAny(text, HEADS);
        Matcher m = LAW.matcher(text);
        while (titled && m.find()) {
            int s = m.start();
            Matcher year = LEADING_YEAR.matcher(text).region(s, m.end());
            if (year.lookingAt()) {
                s = year.end();
            }
            out.add(new Found(s, m.end(), EntityType.LAW));
        }
        boolean constitution = text.contains("Constitution");
        m = CONSTITUTION.matcher(text);
        while (constitution && m.find()) {
            out.add(new Found(m.start(), m.end(), EntityType.LAW));
        }
        return out;
    }

    /** Whether any of the words occurs in the text: a cheap test before a scan that needs one of them. */
    static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
