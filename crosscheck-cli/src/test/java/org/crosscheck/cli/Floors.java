package org.crosscheck.cli;

import org.assertj.core.api.SoftAssertions;
import org.crosscheck.eval.SeedReport;

/**
 * The figures the project has reached on the seed story (measured 2026-11-21); a change that drops below one fails
 * the build. Precision against gold is a lower bound where gold lists only some of what is there (entities,
 * attributions, times and claims: gold omits Washington, "Kirby said", durations, and most claim groups).
 */
final class Floors {
    private Floors() {
    }

    static void check(SoftAssertions soft, SeedReport r) {
        soft.assertThat(r.entities().recall()).as("entity recall").isGreaterThanOrEqualTo(0.96);
        soft.assertThat(r.entities().precision()).as("entity precision").isGreaterThanOrEqualTo(0.71);
        soft.assertThat(r.canonical().value()).as("canonical entities").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.quantities().recall()).as("quantity recall").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.quantities().precision()).as("quantity precision").isGreaterThanOrEqualTo(0.86);
        soft.assertThat(r.quantityUnits().value()).as("quantity units").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.quantityQualifiers().value()).as("quantity qualifiers").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.times().recall()).as("time value recall").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.times().precision()).as("time value precision").isGreaterThanOrEqualTo(0.53);
        soft.assertThat(r.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.quotes().precision()).as("quote precision").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.speakers().value()).as("quote speakers").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.attributions().recall()).as("attribution recall").isGreaterThanOrEqualTo(1.0);
        // the gold lists the attributions behind its claims, not every one: 0.28 until 2026-11-22, when a speech
        // participle after a comma ("..., saying that") became a cue of its own and two real ones were added; 0.27
        // until later that day, when passive by-agents and stance verbs added four more that gold does not list
        // ("asked by a journalist", "his advisers fear", "a statement in which he congratulated", "viewed by"); 0.24
        // until later still, when second predicates, group subjects and time phrases before the verb found more
        // (PolNeAR dev source F1 0.717 -> 0.729): 0.234
        soft.assertThat(r.attributions().precision()).as("attribution precision").isGreaterThanOrEqualTo(0.23);
        soft.assertThat(r.attributionKinds().value()).as("attribution kinds").isGreaterThanOrEqualTo(1.0);
        // 13 of 14 gold claims with their status since 2026-11-22 (kursk-focus: its three sentences share only the
        // place name); precision counts every group crosscheck finds that gold does not list, so it falls when a
        // wrong link is cut: 0.25 (13 of 51) until later that day, when Scholz's refusal to supply Taurus missiles
        // stopped being "superseded" by Ukraine's first strike and stood as a single-source claim of its own (13 of 52)
        soft.assertThat(r.claims().recall()).as("claim status recall").isGreaterThanOrEqualTo(0.92);
        soft.assertThat(r.claims().precision()).as("claim status precision").isGreaterThanOrEqualTo(0.24);
        soft.assertThat(r.supersededFound()).as("older contrary report superseded").isTrue();
        soft.assertThat(r.disputedValues().value()).as("disputed figures").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.timeline().value()).as("timeline dates").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.briefSpeakers().value()).as("brief quote speakers").isGreaterThanOrEqualTo(1.0);
        soft.assertThat(r.flags().value()).as("source flags").isGreaterThanOrEqualTo(1.0);
    }
}
