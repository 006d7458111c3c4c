package org.crosscheck.store;

/** What a write did: storing the same content again is {@link #UNCHANGED} and touches nothing. */
public enum Write {
    INSERTED, UPDATED, UNCHANGED
}
