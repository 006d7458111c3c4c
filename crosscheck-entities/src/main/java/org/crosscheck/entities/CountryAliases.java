package org.crosscheck.entities;

import java.util.Locale;
import java.util.Map;

/**
 * The names of the few countries and unions that news writes in several unrelated forms ("the US", "U.S.",
 * "United States", "America"; "UK", "Britain", "Great Britain"). No spelling rule links these forms, so a
 * table does; its canonical names are the full official short forms, fixed so the result never depends on which
 * form happened to be most frequent in a run.
 */
final class CountryAliases {
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("us", "United States"), Map.entry("u.s.", "United States"), Map.entry("u.s", "United States"),
            Map.entry("usa", "United States"), Map.entry("u.s.a.", "United States"),
            Map.entry("united states", "United States"), Map.entry("united states of america", "United States"),
            Map.entry("america", "United States"),
            Map.entry("uk", "United Kingdom"), Map.entry("u.k.", "United Kingdom"), Map.entry("u.k", "United Kingdom"),
            Map.entry("britain", "United Kingdom"), Map.entry("great britain", "United Kingdom"),
            Map.entry("united kingdom", "United Kingdom"),
            Map.entry("eu", "European Union"), Map.entry("e.u.", "European Union"),
            Map.entry("european union", "European Union"),
            Map.entry("un", "United Nations"), Map.entry("u.n.", "United Nations"),
            Map.entry("united nations", "United Nations"),
            Map.entry("uae", "United Arab Emirates"), Map.entry("united arab emirates", "United Arab Emirates"),
            Map.entry("dprk", "North Korea"), Map.entry("north korea", "North Korea"),
            Map.entry("rok", "South Korea"), Map.entry("south korea", "South Korea"),
            Map.entry("russian federation", "Russia"), Map.entry("russia", "Russia"),
            Map.entry("prc", "China"), Map.entry("people's republic of china", "China"), Map.entry("china", "China"));

    private CountryAliases() {
    }

    /** The fixed canonical name of a country form, or {@code null} when the name is not in the table. */
    static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replace('’', '\'');
        if (n.regionMatches(true, 0, "the ", 0, 4)) {
            n = n.substring(4);
        }
        String key = n.toLowerCase(Locale.ROOT);
        // "US" and "UN" are countries only in capitals; lower-case "us" is a pronoun
        if ((key.equals("us") || key.equals("un")) && !n.equals(n.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return CANONICAL.get(key);
    }
}
