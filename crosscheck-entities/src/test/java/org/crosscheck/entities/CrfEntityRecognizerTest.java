package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Test;

class CrfEntityRecognizerTest {
    private final CrfEntityRecognizer recognizer = new CrfEntityRecognizer();

    private List<EntityMention> find(String text) {
        return recognizer.recognize(Docs.of("t", text));
    }

    @Test
    void titlesStayOutsideThePersonAndSurnamesTakeTheFullName() {
        String text = "Senator Kovalenko spoke first. Later, President Oleksandr Kovalenko told reporters in "
                + "Marlowe City that the plan would work. Kovalenko's aides agreed.";
        List<EntityMention> ms = find(text);
        assertThat(ms).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(EntityMention::text, EntityMention::canonical)
                .contains(tuple("Oleksandr Kovalenko", "Oleksandr Kovalenko"),
                        tuple("Kovalenko", "Oleksandr Kovalenko"));
        assertThat(ms).extracting(EntityMention::text).doesNotContain("President", "President Oleksandr Kovalenko",
                "Kovalenko's");
    }

    @Test
    void weaponNamesBeforeAndInQuotesAfterWeaponNouns() {
        String text = "Norland will send Falcon Lance cruise missiles and the KRX missile systems to Ostrava. "
                + "Earlier it had delivered long-range missiles “ARROWHEAD” and “Grey Kite”, but not Estovian drones.";
        List<EntityMention> ms = find(text);
        assertThat(ms).filteredOn(m -> m.type() == EntityType.WEAPON).extracting(EntityMention::text)
                .containsExactlyInAnyOrder("Falcon Lance", "KRX", "ARROWHEAD", "Grey Kite");
    }

    @Test
    void slashJoinedWeaponNamesAndBareRepeatsAreWeaponsToo() {
        String text = "The allies approved their BRAND/Sea Lance missiles. Later, BRAND was used again.";
        List<EntityMention> ms = find(text);
        assertThat(ms).filteredOn(m -> m.type() == EntityType.WEAPON).extracting(EntityMention::text)
                .containsExactly("BRAND", "Sea Lance", "BRAND");
    }

    @Test
    void acronymAndExpansionShareTheMoreFrequentForm() {
        String text = "Officials sent Long Range Strike Rockets (LRSR) to the front. The LRSR units fired twice, "
                + "and LRSR stocks are low.";
        List<EntityMention> ms = find(text);
        assertThat(ms).filteredOn(m -> m.text().equals("Long Range Strike Rockets") || m.text().equals("LRSR"))
                .hasSize(4)
                .allSatisfy(m -> {
                    assertThat(m.canonical()).isEqualTo("LRSR");
                    assertThat(m.type()).isEqualTo(EntityType.WEAPON);
                });
    }

    @Test
    void lawsAndRegions() {
        String text = "Congress passed the Harbor Safety Act last week. Troops massed in the Velmora region, "
                + "and shelling continued in Velmora overnight.";
        List<EntityMention> ms = find(text);
        assertThat(ms).extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Harbor Safety Act", EntityType.LAW), tuple("Velmora", EntityType.LOCATION));
        assertThat(ms).filteredOn(m -> m.text().equals("Velmora")).hasSize(2);
    }

    @Test
    void newspapersKeepTheirCapitalThe() {
        String text = "According to The Harbor Times and The Daily Lantern, the vote was delayed.";
        assertThat(find(text)).extracting(EntityMention::text)
                .contains("The Harbor Times");
    }

    @Test
    void portfolioWordsInTitlesAreNotOrganisations() {
        String text = "Defense Secretary Ann Roe met Secretary of State Ilsa Brannock and NATO Secretary-General "
                + "Pel Varga in Marlowe City.";
        List<EntityMention> ms = find(text);
        // the CRF may call "Ilsa Brannock" an organisation here; the span at least must not carry the title
        assertThat(ms).extracting(EntityMention::text).doesNotContain("Defense", "State", "State Ilsa Brannock")
                .contains("Ann Roe", "Ilsa Brannock", "NATO");
    }

    @Test
    void countriesTakeTheirTableName() {
        String text = "The U.S. and Britain signed the deal, and the United States said the UK would follow.";
        assertThat(find(text)).extracting(EntityMention::text, EntityMention::canonical)
                .contains(tuple("U.S.", "United States"), tuple("Britain", "United Kingdom"),
                        tuple("United States", "United States"));
    }

    @Test
    void aStateAbbreviationKeepsItsPeriodAndResolvesToTheState() {
        String text = "The protest grew, with Wash. Gov. Ada Morrow and Calif. Sen. Ivo Lanz banning travel there.";
        assertThat(find(text)).extracting(EntityMention::text).contains("Wash.", "Calif.");
        var resolved = new AliasResolver().resolve(List.of(Docs.of("t", text).withEntities(find(text))));
        assertThat(resolved.get(0).entities()).extracting(EntityMention::text, EntityMention::canonical)
                .contains(tuple("Wash.", "Washington"), tuple("Calif.", "California"));
    }

    @Test
    void usesTheSegmentersTokensWhenPresent() {
        String text = "Mayor Ilsa Brannock visited Port Selwyn.";
        AnnotatedArticle d = Docs.of("t", text);
        List<Span> tokens = SimpleTokenizer.tokens(text, 0, text.length());
        d = d.withSentences(List.of(new Sentence(0, text.length(), tokens, 0)));
        assertThat(recognizer.recognize(d)).extracting(EntityMention::text).contains("Ilsa Brannock");
    }

    @Test
    void hostileInputGivesValidOffsetsOrNothing() {
        List<String> texts = List.of("", " ", "\n\n\n", "(((", "“”", "’s ’s ’s", "A", "The", "President",
                "\uD83D\uDE00 Ilsa \uD83D\uDE00 Brannock", "x".repeat(5000), "Word ".repeat(1200),
                "Falcon missiles “", "missiles “Unclosed", "(LRSR)", "Long (L)", "\u0000\u0001 Mr. ");
        for (String text : texts) {
            AnnotatedArticle d = Docs.of("h", text);
            List<EntityMention> ms = recognizer.recognize(d);
            // the record's constructor re-checks every span against the text
            assertThat(d.withEntities(ms).entities()).hasSameSizeAs(ms);
            for (EntityMention m : ms) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.canonical()).isNotBlank();
            }
        }
    }
}
