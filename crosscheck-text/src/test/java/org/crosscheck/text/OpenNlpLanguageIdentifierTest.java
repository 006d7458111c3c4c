package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.api.stage.LanguageIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpLanguageIdentifierTest {

    private final OpenNlpLanguageIdentifier id = new OpenNlpLanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ferry to Velmora sank on Monday, and all forty passengers were rescued by fishermen.|en",
            "Die Fähre nach Velmora ist am Montag gesunken, alle vierzig Passagiere wurden gerettet.|de",
            "Le ferry pour Velmora a coulé lundi et les quarante passagers ont été secourus par des pêcheurs.|fr",
            "Пором до Вельмори затонув у понеділок, усіх сорок пасажирів врятували рибалки.|uk",
            "El ferry a Velmora se hundió el lunes y los cuarenta pasajeros fueron rescatados.|es"})
    void answersInIso6391(String text, String lang) {
        assertThat(id.identify(text)).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ok", "12345 678 90", "Velmora", "\uD800\uDC00\uD800"})
    void undeterminedWhenThereIsTooLittleToGoOn(String text) {
        assertThat(id.identify(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }

    @Test
    void readsOnlyTheStartOfALongText() {
        String text = "The ferry to Velmora sank on Monday and everybody was rescued. ".repeat(40)
                + "Die Fähre ist gesunken. ".repeat(2000);
        assertThat(id.identify(text)).isEqualTo("en");
    }

    @Test
    void mapsMacrolanguageCodes() {
        assertThat(OpenNlpLanguageIdentifier.toIso6391("cmn")).isEqualTo("zh");
        assertThat(OpenNlpLanguageIdentifier.toIso6391("ukr")).isEqualTo("uk");
        assertThat(OpenNlpLanguageIdentifier.toIso6391("pes")).isEqualTo("fa");
        assertThat(OpenNlpLanguageIdentifier.toIso6391("war")).isEqualTo("war");
    }
}
