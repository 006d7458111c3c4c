package org.crosscheck.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English given names and the familiar forms news uses for the same person ("Chuck Schumer" and "Charles
 * Schumer", "Dick Blumenthal" and "Richard Blumenthal"). Only forms that are not a prefix of the full name are
 * listed; "Chris" for "Christopher" is caught by the prefix test in {@link LocalNames#compatible}.
 */
final class Nicknames {
    private static final Map<String, Set<String>> FULL = Map.ofEntries(
            Map.entry("chuck", Set.of("charles")), Map.entry("charlie", Set.of("charles")),
            Map.entry("dick", Set.of("richard")), Map.entry("rick", Set.of("richard")),
            Map.entry("rich", Set.of("richard")), Map.entry("bob", Set.of("robert")),
            Map.entry("bobby", Set.of("robert")), Map.entry("bill", Set.of("william")),
            Map.entry("billy", Set.of("william")), Map.entry("mike", Set.of("michael")),
            Map.entry("jim", Set.of("james")), Map.entry("jimmy", Set.of("james")),
            Map.entry("joe", Set.of("joseph")), Map.entry("ted", Set.of("edward", "theodore")),
            Map.entry("ed", Set.of("edward")), Map.entry("hank", Set.of("henry")),
Map.entry("jack", Set.of("john")),
            Map.entry("peggy", Set.of("margaret")), Map.entry("maggie", Set.of("margaret")),
            Map.entry("liz", Set.of("elizabeth")), Map.entry("beth", Set.of("elizabeth")),
            Map.entry("betsy", Set.of("elizabeth")), Map.entry("betty", Set.of("elizabeth")),
            Map.entry("tony", Set.of("anthony")), Map.entry("steve", Set.of("stephen")),
            Map.entry("dave", Set.of("david")), Map.entry("larry", Set.of("lawrence")),
            Map.entry("bernie", Set.of("bernard")), Map.entry("andy", Set.of("andrew")),
            Map.entry("kate", Set.of("katherine", "catherine", "kathleen")),
            Map.entry("kathy", Set.of("katherine", "kathleen")), Map.entry("jerry", Set.of("gerald", "jerome")),
            Map.entry("sandy", Set.of("sandra")), Map.entry("sue", Set.of("susan")));

    /** The same table over {@link NameKey#token folded} names, the form {@link LocalNames#compatible} compares. */
    private static final Map<String, Set<String>> FOLDED = new HashMap<>();

    static {
        FULL.forEach((nick, names) -> names.forEach(n -> FOLDED.computeIfAbsent(NameKey.token(nick),
                k -> new HashSet<>()).add(NameKey.token(n))));
    }

    private Nicknames() {
    }

    /** Whether two folded given names are one name and its familiar form, in either order. */
    static boolean same(String a, String b) {
        return FOLDED.getOrDefault(a, Set.of()).contains(b) || FOLDED.getOrDefault(b, Set.of()).contains(a);
    }
}
