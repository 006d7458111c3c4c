package org.crosscheck.claims.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier on fictional towns and claims, with a word-hashing test double for the sentence model. */
class ClaimRelationClassifierTest {

    private static final List<String> TOWNS = List.of("Arlow", "Bexford", "Caldmere", "Dunrith", "Elsby", "Farrowgate",
            "Glenhollow", "Harcastle", "Islemoor", "Jorvale", "Kestrel Bay", "Lindwick");

    private static String approved(String town) {
        return "The council of " + town + " approved the new river bridge on Monday after a long debate.";
    }

    private static List<LabelledPair> fictional(List<String> towns) {
        List<LabelledPair> out = new ArrayList<>();
        for (String t : towns) {
            String title = t + " council approves river bridge";
            out.add(new LabelledPair(new RelationPair("Members of the " + t + " council voted to approve the river bridge.",
                    approved(t), title, title), ClaimRelation.STRENGTHEN, t));
            out.add(new LabelledPair(new RelationPair("But critics in " + t + " denied the bridge was ever approved and "
                    + "said the vote was not valid.", approved(t), "Dispute over " + t + " vote", title),
                    ClaimRelation.WEAKEN, t));
            out.add(new LabelledPair(new RelationPair("Heavy snow is expected across the northern hills this weekend.",
                    approved(t), "Weekend weather", title), ClaimRelation.NEITHER, t));
        }
        return out;
    }

    @Test
    void trainingOnATinyFictionalSetRecoversTheSeparation() {
        WordEmbedder words = new WordEmbedder();
        ClaimRelationClassifier c = ClaimRelationClassifier.train(words, fictional(TOWNS.subList(0, 10)),
                ClaimRelationClassifier.DEFAULT_GROUPS, TrainingOptions.defaults(), ClaimRelationClassifier.SEED);
        for (LabelledPair p : fictional(TOWNS.subList(10, 12))) {
            assertThat(c.classify(p.pair()).relation()).as(p.pair().claimA()).isEqualTo(p.relation());
        }
    }

    @Test
    void trainingAndClassifyingAreDeterministic() {
        WordEmbedder words = new WordEmbedder();
        List<LabelledPair> pairs = fictional(TOWNS.subList(0, 10));
        ClaimRelationClassifier a = ClaimRelationClassifier.train(words, pairs, ClaimRelationClassifier.DEFAULT_GROUPS,
                TrainingOptions.defaults(), 5);
        ClaimRelationClassifier b = ClaimRelationClassifier.train(words, pairs, ClaimRelationClassifier.DEFAULT_GROUPS,
                TrainingOptions.defaults(), 5);
        assertThat(text(a.model())).isEqualTo(text(b.model()));
        RelationPair p = pairs.get(1).pair();
        assertThat(a.classify(p)).isEqualTo(a.classify(p));
    }

    @Test
    void theShippedModelLoadsWithTheDefaultFeatures() {
        SoftmaxModel m = ClaimRelationClassifier.shippedModel();
        assertThat(m.groups()).isEqualTo(ClaimRelationClassifier.DEFAULT_GROUPS);
        assertThat(m.dimension()).isEqualTo(
                new RelationFeatures(new WordEmbedder(), ClaimRelationClassifier.DEFAULT_GROUPS).names().size());
        RelationScore s = ClaimRelationClassifier.shipped(new WordEmbedder()).classify(RelationPair.of(
                approved("Arlow"), "Snow is expected in the hills."));
        assertThat(s.strengthen() + s.weaken() + s.neither()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void featuresSeeSharedWordsFiguresAndCues() {
        RelationFeatures f = new RelationFeatures(null, java.util.EnumSet.of(FeatureGroup.LEXICAL, FeatureGroup.CUES));
        List<String> names = f.names();
        double[] conflict = f.of(RelationPair.of("The storm closed 40 schools in Arlow.",
                "The storm closed 12 schools in Arlow, officials said."));
        assertThat(conflict[names.indexOf("figures.conflict")]).isEqualTo(1);
        assertThat(conflict[names.indexOf("names.shared")]).isPositive();
        assertThat(conflict[names.indexOf("cue.b.attribution")]).isPositive();
        assertThat(conflict[names.indexOf("cue.a.attribution")]).isZero();
        double[] denial = f.of(RelationPair.of("However, the mayor denied that any school was closed.",
                "The storm closed 12 schools in Arlow."));
        assertThat(denial[names.indexOf("cue.a.negated")]).isEqualTo(1);
        assertThat(denial[names.indexOf("cue.a.opens-with-contrast")]).isEqualTo(1);
        assertThat(denial[names.indexOf("figures.conflict")]).isZero();
    }

    private static String text(SoftmaxModel m) {
        StringWriter w = new StringWriter();
        m.write(w);
        return w.toString();
    }
}
