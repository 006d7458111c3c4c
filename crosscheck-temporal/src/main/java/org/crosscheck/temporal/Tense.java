package org.crosscheck.temporal;

/** The time a clause talks about relative to its writing, as far as its verbs tell. */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
