package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityType;

/**
 * Finds US states written in the places American news abbreviates them: a politician's party label ("Sen. Ann
 * Roe, D-Conn.", "(R-TX)", "(N.Y.)"), a place followed by its state ("HARTFORD, Conn.", "Parris Island, SC") and a
 * state before an office ("Wash. Gov. Ann Roe", "Calif. Sen. ...").
 * The CRF misses these short forms or swallows the party letter ("R-Texas"), yet the context leaves no doubt.
 */
final class StateFinder {
    private static final String STATE = "(?<state>" + UsStates.alternation() + ")";
    /** "D-Conn.", "R-TX", "I-Vt.": a party letter, a hyphen, the state. */
    private static final Pattern PARTY = Pattern.compile("(?<![\\p{L}\\p{N}])[DRI]-" + STATE + "(?![\\p{L}\\p{N}])");
    /** "(N.Y.)" or "(Texas)" right after a name. */
    private static final Pattern PAREN = Pattern.compile("\\p{L}\\s\\(" + STATE + "\\)");
    /** "HARTFORD, Conn." or "Parris Island, SC": a capitalised place, a comma, an abbreviated state. */
    private static final Pattern AFTER_PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*,\\s" + STATE
            + "(?![\\p{L}\\p{N}])");

    /** "Wash. Gov." or "Calif. Sen.": a dotted AP abbreviation qualifying the office after it. */
    private static final Pattern BEFORE_OFFICE = Pattern.compile("(?<![\\p{L}\\p{N}.-])" + STATE
            + "\\s(?=(?:Gov|Sen|Rep|Lt|Atty|Sec)\\.\\s|(?:Governor|Senator|Mayor|Attorney|Secretary|Congressman"
            + "|Congresswoman|Lawmakers|Legislature|Senate|House)\\b)");

    /** Postal codes that are neither English words nor common city abbreviations. */
    private static final java.util.Set<String> SAFE_CODES = java.util.Set.of("AZ", "CT", "FL", "KS", "KY", "MN",
            "NC", "ND", "NH", "NJ", "NM", "NV", "NY", "RI", "SC", "SD", "TN", "TX", "VA", "VT", "WI", "WV", "WY");

    private static final List<String> PARTY_LETTERS = List.of("D-", "R-", "I-");

    private StateFinder() {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        // a party label needs "D-", "R-" or "I-", a bracketed state a bracket: texts without them skip the scan
        if (LawFinder.containsAny(text, PARTY_LETTERS)) {
            add(PARTY.matcher(text), text, out, false);
        }
        if (text.indexOf('(') >= 0) {
            add(PAREN.matcher(text), text, out, true);
        }
        add(AFTER_PLACE.matcher(text), text, out, true);
        add(BEFORE_OFFICE.matcher(text), text, out, true);
        return out;
    }

    private static void add(Matcher m, String text, List<Found> out, boolean outsideLabel) {
        while (m.find()) {
            String form = m.group("state");
            // outside a party label a two-letter code that is also a word or a city ("OR", "IN", "LA") is too weak
            // a sign, and after a place a full name is the CRF's to find
            boolean weakCode = form.indexOf('.') < 0 && UsStates.isAbbreviation(form) && !SAFE_CODES.contains(form);
            boolean dotted = form.indexOf('.') > 0 && UsStates.isAbbreviation(form);
            if (outsideLabel && (weakCode || m.pattern() == AFTER_PLACE && !UsStates.isAbbreviation(form)
                    || m.pattern() == BEFORE_OFFICE && !dotted)) {
                continue;
            }
            int s = m.start("state");
            int e = m.end("state");
            Found f = new Found(s, e, EntityType.LOCATION);
            if (out.stream().noneMatch(f::overlaps)) {
                out.add(f);
            }
        }
    }
}
