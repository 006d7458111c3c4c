package org.crosscheck.render;

import java.util.Locale;

/** Output formats: every command offers md, json and jsonl; {@code brief} also writes a self-contained html page. */
public enum Format {
    MD, JSON, JSONL, HTML;

    public static Format parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "': expected md, json, jsonl or html");
        }
    }
}
