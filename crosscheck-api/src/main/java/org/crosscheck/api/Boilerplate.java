package org.crosscheck.api;

/**
 * Page chrome removed by cleaning: a language menu, a byline, a headline repeated with a photo caption.
 * Offsets point into the text as it was received, before cleaning.
 *
 * @param why a short reason a reader can check ("language menu", "byline", "repeated headline")
 */
public record Boilerplate(int start, int end, String text, String why) implements Spanned {
    public Boilerplate {
        Spanned.check(start, end, text);
    }
}
