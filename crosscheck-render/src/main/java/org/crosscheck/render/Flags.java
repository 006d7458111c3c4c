package org.crosscheck.render;

import java.util.Map;

/** What each source flag tells a reader, and how it is styled: a caution, a note or reassurance. */
final class Flags {
    private static final Map<String, String> MEANING = Map.of(
            "anonymous-sourcing", "relies on sources it does not name",
            "second-hand", "relays another outlet's reporting",
            "non-reporting-content", "holds opinion or generated Q&A that may not count as a source",
            "duplicate", "a copy of another article in the run",
            "on-record", "quotes named people on the record",
            "on-record-quotes", "quotes named people on the record",
            "single-source-claims", "states claims no other outlet in the story states");

    private Flags() {
    }

    static String meaning(String flag) {
        return MEANING.getOrDefault(flag, flag);
    }

    static String css(String flag) {
        return switch (flag) {
            case "anonymous-sourcing", "second-hand", "non-reporting-content", "duplicate" -> "caution";
            case "on-record", "on-record-quotes" -> "good";
            default -> "note";
        };
    }
}
