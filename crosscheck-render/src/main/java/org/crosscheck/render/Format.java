package org.crosscheck.render;

import java.util.Locale;

/** Output formats every command offers. */
public enum Format {
    MD, JSON, JSONL;

    public static Format parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "': expected md, json or jsonl");
        }
    }
}
