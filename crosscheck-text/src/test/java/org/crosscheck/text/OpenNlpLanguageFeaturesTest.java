package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifier's own feature extraction gives the model exactly what OpenNLP's detector gives it. */
class OpenNlpLanguageFeaturesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The ferry to Velmora sank on Monday, and all 40 passengers were rescued by fishermen. #velmora @coastguard",
            "Die Fähre nach Velmora ist am Montag gesunken; siehe https://example.org/velmora für Bilder 😀😀",
            "Пором до Вельмори затонув у понеділок, усіх сорок пасажирів врятували рибалки!!!!!",
            "İSTANBUL'DA FERİBOT BATTI: 40 yolcu kurtarıldı \uD835\uDC00",
            "  ", "1234 5678"})
    void featuresAreTheDetectorsContext(String text) {
        CharSequence[] theirs = Models.languages().getFactory().getContextGenerator().getContext(text);
        String[] ours = OpenNlpLanguageIdentifier.features(text);
        Arrays.sort(ours);
        String[] sortedTheirs = Arrays.stream(theirs).map(CharSequence::toString).sorted().toArray(String[]::new);
        assertThat(ours).containsExactly(sortedTheirs);
    }
}
