package org.crosscheck.claims.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationCrossValidationTest {

    @Test
    void aGroupNeverSpansTwoFoldsAndFoldsAreNearEqual() {
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < 23; g++) {
            for (int i = 0; i < 3 + g % 7; i++) {
                groups.add("topic-" + g);
            }
        }
        int[] fold = RelationCrossValidation.folds(groups, 5, 7);
        Map<String, Integer> foldOf = new HashMap<>();
        int[] size = new int[5];
        for (int i = 0; i < fold.length; i++) {
            int f = fold[i];
            assertThat(foldOf.computeIfAbsent(groups.get(i), k -> f)).as(groups.get(i)).isEqualTo(f);
            size[fold[i]]++;
        }
        for (int s : size) {
            assertThat(s).isBetween(groups.size() / 5 - 9, groups.size() / 5 + 9);
        }
        assertThat(RelationCrossValidation.folds(groups, 5, 7)).isEqualTo(fold);
    }

    @Test
    void tooFewGroupsAreRefused() {
        assertThatThrownBy(() -> RelationCrossValidation.folds(List.of("a", "a", "b"), 5, 1))
                .hasMessageContaining("2 groups");
    }
}
