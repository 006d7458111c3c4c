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
    private static final String CAP = "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{N}+(?:st|nd|rd|th)?)";
    private static final Pattern LAW = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?!(?:The|A|An|This|That|Its|Their|His|Her|Under|In|By|New)\\s)"
                    + CAP + "(?:\\s+(?:(?:of|and|for|on|to|the|in)\\s+)?" + CAP + "){0,7}?"
                    + "\\s+(?:Act|Treaty|Accords?|Amendment)(?![\\p{L}\\p{N}])(?:\\s+of\\s+\\d{4})?");

    private LawFinder() {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = LAW.matcher(text);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), EntityType.LAW));
        }
        return out;
    }
}
