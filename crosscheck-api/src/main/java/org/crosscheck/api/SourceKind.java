package org.crosscheck.api;

/** Who a piece of reported information is credited to. {@link #label()} is the form written to JSON. */
public enum SourceKind {
    NAMED_PERSON("named person"),
    ANONYMOUS_OFFICIAL("anonymous official"),
    ANONYMOUS("anonymous"),
    OUTLET("outlet"),
    ORGANIZATION("organization"),
    DOCUMENT("document");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || this == ANONYMOUS_OFFICIAL;
    }

    public static SourceKind fromLabel(String label) {
        for (SourceKind k : values()) {
            if (k.label.equalsIgnoreCase(label) || k.name().equalsIgnoreCase(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + label + "'");
    }
}
