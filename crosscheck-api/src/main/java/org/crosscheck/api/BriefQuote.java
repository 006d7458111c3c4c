package org.crosscheck.api;

/** A quote as the brief lists it: by speaker, pointing back to its article. */
public record BriefQuote(String article, String speaker, String text, Evidence evidence) {
}
