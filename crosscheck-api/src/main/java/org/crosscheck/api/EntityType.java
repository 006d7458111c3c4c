package org.crosscheck.api;

/** What kind of thing an entity is: the three classic classes and the finer ones news counts. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, WEAPON, LAW, PRODUCT, EVENT, MISC
}
