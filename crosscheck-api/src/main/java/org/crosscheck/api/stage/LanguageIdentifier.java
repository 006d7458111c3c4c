package org.crosscheck.api.stage;

/** Tells the language of a text as an ISO 639-1 code ("en"), or "und" when it cannot tell. */
@FunctionalInterface
public interface LanguageIdentifier {
    String UNDETERMINED = "und";

    String identify(String text);
}
