package org.crosscheck.dedup;

/** The kinds of edit a re-post makes to the article it copies, for measuring recall on generated copies. */
public enum Edit {
    /** 20-40% of the paragraphs cut. */
    CUT,
    /** The same sentences regrouped into other paragraphs. */
    REPARAGRAPH,
    /** A new headline. */
    HEADLINE,
    /** About one word in forty replaced, dropped or doubled. */
    WORDS,
    /** Site chrome added before and after the body. */
    BOILERPLATE,
    /** All of the above at once. */
    ALL
}
