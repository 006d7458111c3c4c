package org.crosscheck.api;

/** How a number is hedged in the text. {@link #label()} is the form written to JSON. */
public enum Qualifier {
    EXACT("exact"),
    APPROXIMATELY("approximately"),
    NEARLY("nearly"),
    MORE_THAN("more than"),
    LESS_THAN("less than"),
    AT_LEAST("at least"),
    AT_MOST("at most"),
    UP_TO("up to"),
    PROJECTED("projected"),
    RANGE("range");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Qualifier fromLabel(String label) {
        for (Qualifier q : values()) {
            if (q.label.equalsIgnoreCase(label) || q.name().equalsIgnoreCase(label)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + label + "'");
    }
}
