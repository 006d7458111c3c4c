package org.crosscheck.eval;

import java.util.List;

/**
 * What a reading of the seed story got right, kind by kind.
 *
 * @param entities        mention precision/recall against gold's (non-exhaustive) entity list, type must match
 * @param canonical       gold entities whose found mentions share one canonical name no other gold entity has
 * @param quantities      span overlap and equal value
 * @param quantityUnits   unit right among matched quantities
 * @param quantityQualifiers qualifier right among matched quantities
 * @param times           span overlap and equal TIMEX3 value (TempEval's value measure)
 * @param quotes          span overlap
 * @param speakers        speaker right among found quotes
 * @param attributions    span overlap
 * @param attributionKinds kind right among matched attributions
 * @param claims          gold claims matched by a claim group with the gold status (recall); predicted groups
 *                        matched to gold with the right status (precision)
 * @param supersededFound the older contrary report appears as superseded by the claim it contradicts
 * @param disputedValues  gold figures of the disputed count present in the matched group's values
 * @param interviewSupport support spans inside the non-reporting region (must be 0)
 * @param uncitedClaims   claim groups without a support span (must be 0)
 * @param timeline        gold timeline dates among the brief's timeline
 * @param briefSpeakers   gold quote speakers among the brief's quotes
 * @param flags           expected source flags present
 * @param storyTogether   all gold story members share one story
 * @param notes           per-item misses, for reading
 */
public record SeedReport(Score entities, Ratio canonical, Score quantities, Ratio quantityUnits,
                         Ratio quantityQualifiers, Score times, Score quotes, Ratio speakers, Score attributions,
                         Ratio attributionKinds, Score claims, boolean supersededFound, Ratio disputedValues,
                         int interviewSupport, int uncitedClaims, Ratio timeline, Ratio briefSpeakers, Ratio flags,
                         boolean storyTogether, List<String> notes) {

    public String table() {
        return String.join("\n",
                "kind           | precision | recall | F1    | detail",
                row("entities", entities, "canonical " + canonical),
                row("quantities", quantities, "unit " + quantityUnits + ", qualifier " + quantityQualifiers),
                row("times", times, "value match"),
                row("quotes", quotes, "speaker " + speakers),
                row("attributions", attributions, "kind " + attributionKinds),
                row("claims", claims, "status must match; superseded " + supersededFound + ", disputed values "
                        + disputedValues),
                "brief          | timeline " + timeline + ", quote speakers " + briefSpeakers + ", source flags "
                        + flags + ", one story " + storyTogether + ", interview support " + interviewSupport
                        + ", uncited claims " + uncitedClaims);
    }

    private static String row(String kind, Score s, String detail) {
        return String.format("%-14s | %.3f     | %.3f  | %.3f | %s", kind, s.precision(), s.recall(), s.f1(), detail);
    }
}
