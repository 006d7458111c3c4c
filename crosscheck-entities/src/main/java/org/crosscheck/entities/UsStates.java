package org.crosscheck.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fifty US states and the District of Columbia with the two abbreviations American news writes for them: the
 * postal code ("CT") and the AP style ("Conn."). Party labels ("D-Conn.", "(R-TX)") and datelines ("HARTFORD,
 * Conn.") name a state only by these, and no spelling rule links "Ky." to Kentucky, so a table does.
 */
final class UsStates {
    private static final String[][] STATES = {
            {"Alabama", "AL", "Ala."}, {"Alaska", "AK", "Alaska"}, {"Arizona", "AZ", "Ariz."},
            {"Arkansas", "AR", "Ark."}, {"California", "CA", "Calif."}, {"Colorado", "CO", "Colo."},
            {"Connecticut", "CT", "Conn."}, {"Delaware", "DE", "Del."}, {"Florida", "FL", "Fla."},
            {"Georgia", "GA", "Ga."}, {"Hawaii", "HI", "Hawaii"}, {"Idaho", "ID", "Idaho"},
            {"Illinois", "IL", "Ill."}, {"Indiana", "IN", "Ind."}, {"Iowa", "IA", "Iowa"}, {"Kansas", "KS", "Kan."},
            {"Kentucky", "KY", "Ky."}, {"Louisiana", "LA", "La."}, {"Maine", "ME", "Maine"},
            {"Maryland", "MD", "Md."}, {"Massachusetts", "MA", "Mass."}, {"Michigan", "MI", "Mich."},
            {"Minnesota", "MN", "Minn."}, {"Mississippi", "MS", "Miss."}, {"Missouri", "MO", "Mo."},
            {"Montana", "MT", "Mont."}, {"Nebraska", "NE", "Neb."}, {"Nevada", "NV", "Nev."},
            {"New Hampshire", "NH", "N.H."}, {"New Jersey", "NJ", "N.J."}, {"New Mexico", "NM", "N.M."},
            {"New York", "NY", "N.Y."}, {"North Carolina", "NC", "N.C."}, {"North Dakota", "ND", "N.D."},
            {"Ohio", "OH", "Ohio"}, {"Oklahoma", "OK", "Okla."}, {"Oregon", "OR", "Ore."},
            {"Pennsylvania", "PA", "Pa."}, {"Rhode Island", "RI", "R.I."}, {"South Carolina", "SC", "S.C."},
            {"South Dakota", "SD", "S.D."}, {"Tennessee", "TN", "Tenn."}, {"Texas", "TX", "Texas"},
            {"Utah", "UT", "Utah"}, {"Vermont", "VT", "Vt."}, {"Virginia", "VA", "Va."},
            {"Washington", "WA", "Wash."}, {"West Virginia", "WV", "W.Va."}, {"Wisconsin", "WI", "Wis."},
            {"Wyoming", "WY", "Wyo."}, {"District of Columbia", "DC", "D.C."}};

    /** Every written form (full name, postal code, AP abbreviation) → the state's name. */
    private static final Map<String, String> NAME_OF = new HashMap<>();

    static {
        for (String[] s : STATES) {
            for (String form : s) {
                NAME_OF.put(form, s[0]);
            }
        }
        NAME_OF.put("Tex.", "Texas");
        NAME_OF.put("Penn.", "Pennsylvania");
    }

    private UsStates() {
    }

    /** The state a form names, exactly as written ("Ky." → Kentucky, "TX" → Texas), or {@code null}. */
    static String name(String form) {
        return form == null ? null : NAME_OF.get(form.strip());
    }

    /** A regex alternation of every form, longest first so "N.Y." is tried before "NY". */
    static String alternation() {
        return NAME_OF.keySet().stream()
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .map(java.util.regex.Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** Whether a form is an abbreviation rather than the state's full name (lower-case check is for safety). */
    static boolean isAbbreviation(String form) {
        String n = name(form);
        return n != null && !n.toLowerCase(Locale.ROOT).equals(form.toLowerCase(Locale.ROOT));
    }
}
