package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void transliterationVariantsShareOneKey() {
        assertThat(NameKey.of("Bohdan Maliarenko")).isEqualTo(NameKey.of("Bogdan Malyarenko").replace('g', 'h'));
        assertThat(NameKey.of("Zarinskiy")).isEqualTo(NameKey.of("Zarinsky"))
                .isEqualTo(NameKey.of("Zarinskyy")).isEqualTo(NameKey.of("Zarinskii"))
                .isEqualTo(NameKey.of("Zarinskij"));
        assertThat(NameKey.of("Aleksey Dzhurenko")).isEqualTo(NameKey.of("Alexei Djurenko"));
        assertThat(NameKey.of("Mikhaïl O’Tarev")).isEqualTo(NameKey.of("Michail OTarev"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(NameKey.of("Petrov")).isNotEqualTo(NameKey.of("Petrova"));
        assertThat(NameKey.of("Hale")).isNotEqualTo(NameKey.of("Hall"));
        assertThat(NameKey.of("Marin")).isNotEqualTo(NameKey.of("Martin"));
    }

    @Test
    void asciiNamesFoldAsTheGeneralPathDoes() {
        // the curly apostrophe sends the second through the normaliser and the regular expressions
        assertThat(NameKey.of("Dan O'Tarev-Smith 2nd/Jr.")).isEqualTo(NameKey.of("Dan O’Tarev-Smith 2nd/Jr."))
                .isEqualTo("dan otarevsmith 2nd jr");
    }

    @Test
    void oddInputFoldsToEmpty() {
        assertThat(NameKey.of("")).isEmpty();
        assertThat(NameKey.of("’ - .")).isEmpty();
        assertThat(NameKey.of(null)).isEmpty();
    }
}
