package org.crosscheck.api;

/** The TIMEX3 types. */
public enum TimeType {
    DATE, TIME, DURATION, SET
}
