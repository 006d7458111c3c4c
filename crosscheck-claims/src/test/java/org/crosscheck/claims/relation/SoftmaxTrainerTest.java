package org.crosscheck.claims.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

    private static final Set<FeatureGroup> LEXICAL = EnumSet.of(FeatureGroup.LEXICAL);

    /** Three clouds of points around (2,0), (0,2) and (-2,-2), one per relation. */
    private static double[][] clouds(ClaimRelation[] y, long seed) {
        Random r = new Random(seed);
        double[][] centre = {{2, 0}, {0, 2}, {-2, -2}};
        double[][] x = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            y[i] = ClaimRelation.values()[i % 3];
            double[] c = centre[i % 3];
            x[i] = new double[] {c[0] + 0.5 * r.nextGaussian(), c[1] + 0.5 * r.nextGaussian(), r.nextGaussian()};
        }
        return x;
    }

    @Test
    void recoversAnObviousSeparation() {
        ClaimRelation[] y = new ClaimRelation[90];
        double[][] x = clouds(y, 1);
        SoftmaxModel m = SoftmaxTrainer.train(x, y, LEXICAL, TrainingOptions.defaults());
        ClaimRelation[] fresh = new ClaimRelation[30];
        double[][] test = clouds(fresh, 2);
        int right = 0;
        for (int i = 0; i < test.length; i++) {
            right += m.decide(m.probabilities(test[i])) == fresh[i] ? 1 : 0;
        }
        assertThat(right).isGreaterThanOrEqualTo(29);
    }

    @Test
    void trainingIsDeterministicAndTheModelSurvivesItsFile() {
        ClaimRelation[] y = new ClaimRelation[60];
        double[][] x = clouds(y, 3);
        SoftmaxModel a = SoftmaxTrainer.train(x, y, LEXICAL, TrainingOptions.defaults()).withOffsets(new double[] {0, 0.5, -0.2});
        SoftmaxModel b = SoftmaxTrainer.train(x, y, LEXICAL, TrainingOptions.defaults()).withOffsets(new double[] {0, 0.5, -0.2});
        assertThat(text(a)).isEqualTo(text(b));
        SoftmaxModel read = SoftmaxModel.read(new StringReader(text(a)), "test");
        assertThat(text(read)).isEqualTo(text(a));
        assertThat(read.groups()).isEqualTo(LEXICAL);
        assertThat(read.probabilities(x[0])).containsExactly(a.probabilities(x[0]), org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void aBrokenModelFileNamesItsSource() {
        assertThatThrownBy(() -> SoftmaxModel.read(new StringReader("not a model\n"), "m.model"))
                .hasMessageContaining("m.model");
        assertThatThrownBy(() -> SoftmaxModel.read(new StringReader("crosscheck-claim-relation-model 1\nclasses a b c\n"),
                "m.model")).hasMessageContaining("m.model").hasMessageContaining("classes");
    }

    @Test
    void offsetsMoveDecisionsTowardARareRelation() {
        // held-out probabilities that always favour strengthen a little, while a third of the pairs are weaken
        double[][] p = new double[30][];
        ClaimRelation[] gold = new ClaimRelation[30];
        for (int i = 0; i < 30; i++) {
            boolean weak = i % 3 == 0;
            gold[i] = weak ? ClaimRelation.WEAKEN : ClaimRelation.STRENGTHEN;
            p[i] = weak ? new double[] {0.45, 0.40, 0.15} : new double[] {0.60, 0.25, 0.15};
        }
        double[] offsets = SoftmaxTrainer.chooseOffsets(p, gold);
        assertThat(offsets[0]).isZero();
        assertThat(SoftmaxModel.decide(p[0], offsets)).isEqualTo(ClaimRelation.WEAKEN.ordinal());
        assertThat(SoftmaxModel.decide(p[1], offsets)).isEqualTo(ClaimRelation.STRENGTHEN.ordinal());
    }

    @Test
    void classWeightsEvenOutTheRelations() {
        ClaimRelation[] y = {ClaimRelation.STRENGTHEN, ClaimRelation.STRENGTHEN, ClaimRelation.STRENGTHEN,
                ClaimRelation.WEAKEN, ClaimRelation.NEITHER, ClaimRelation.NEITHER};
        double[] w = SoftmaxTrainer.sampleWeights(y, 1);
        assertThat(w[0] * 3).isCloseTo(w[3], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w[4] * 2).isCloseTo(w[3], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SoftmaxTrainer.sampleWeights(y, 0)).containsOnly(1.0);
    }

    private static String text(SoftmaxModel m) {
        StringWriter w = new StringWriter();
        m.write(w);
        return w.toString();
    }
}
