package org.crosscheck.api;

/** Kinds of text that are in the article but are not reporting, and so never count as evidence. */
public enum RegionKind {
    /** A question-and-answer "interview" or dialogue whose speakers cannot be verified. */
    INTERVIEW,
    /** Opinion or commentary. */
    OPINION,
    /** A question put to the reader ("What are the implications of ...?"). */
    QUESTION,
    /** Promotional or navigational text that survived cleaning. */
    PROMOTION
}
