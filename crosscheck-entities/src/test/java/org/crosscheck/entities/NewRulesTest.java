package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.EntityType;
import org.junit.jupiter.api.Test;

/** The pattern rules that need no model: states, laws, acronyms by initials, nicknames, country bodies. */
class NewRulesTest {

    @Test
    void statesInPartyLabelsAndAfterPlaces() {
        String text = "Sen. Ann Roe, D-Conn., and Sen. Bo Lin (R-TX) met in DUNMORE, Ky., and (N.Y.) later.";
        List<String> found = StateFinder.find(text).stream().map(f -> f.text(text)).toList();
        assertThat(found).containsExactly("Conn.", "TX", "N.Y.", "Ky.");
        assertThat(UsStates.name("Ky.")).isEqualTo("Kentucky");
        assertThat(UsStates.name("TX")).isEqualTo("Texas");
        // a code that is also a word is not a state after a place
        assertThat(StateFinder.find("He met Lin, OR someone else.")).isEmpty();
        // before an office only the dotted AP forms: a bare "Washington" is the CRF's, "WA" too weak a sign
        String offices = "Wash. Gov. Ada Morrow spoke; Calif. Sen. Ivo Lanz agreed; Texas Gov. Bo Lin and WA Gov. "
                + "Ed Kell did not.";
        assertThat(StateFinder.find(offices).stream().map(f -> f.text(offices)).toList())
                .containsExactlyInAnyOrder("Wash.", "Calif.");
    }

    @Test
    void placesIntroducedByAnAppositive() {
        String text = "Troops moved into Dravnik, a northern Polish region where fighting began. Help reached "
                + "Port Selm, an isolated fishing town near the border, and Tarvo, a city of 40,000. "
                + "Ann Roe, a former city official, and Bo Lin, a Republican from the state of Ohio, spoke. "
                + "However, a village elder said the Sava Valley, a region, is calm; Kel, a town lawyer, agreed.";
        List<String> found = PlaceFinder.find(text).stream().map(f -> f.text(text)).toList();
        assertThat(found).containsExactly("Dravnik", "Port Selm", "Tarvo", "Sava Valley");
        assertThat(PlaceFinder.find(text)).allMatch(f -> f.type() == EntityType.LOCATION);
    }

    @Test
    void lawsKeepTheirTitleNotTheirYear() {
        String text = "It overrides the 1976 Foreign Holdings Act, which the Constitution allows.";
        List<String> found = LawFinder.find(text).stream().map(f -> f.text(text)).toList();
        assertThat(found).containsExactly("Foreign Holdings Act", "Constitution");
        // a title never runs over a line break or a sentence end
        String two = "Migration into the U.S.\n\nThe 14th Amendment applies. It passed on Friday. The Valmora Act";
        assertThat(LawFinder.find(two).stream().map(f -> f.text(two)).toList())
                .containsExactly("14th Amendment", "Valmora Act");
    }

    @Test
    void acronymSpelledByTheInitialsOfANameFoundElsewhere() {
        String text = "The Justice For Valmora Act passed. Critics of JFVA said so. The FBI declined.";
        int s = text.indexOf("Justice");
        Found law = new Found(s, s + "Justice For Valmora Act".length(), EntityType.LAW);
        assertThat(law.text(text)).isEqualTo("Justice For Valmora Act");
        List<Acronyms.Pair> pairs = Acronyms.byInitials(text, List.of(law), List.of());
        assertThat(pairs).hasSize(1);
        assertThat(text.substring(pairs.get(0).acronymStart(), pairs.get(0).acronymEnd())).isEqualTo("JFVA");
    }

    @Test
    void nicknamesAndCountryBodies() {
        assertThat(LocalNames.compatible("Chuck Marlow", "Charles Marlow")).isTrue();
        assertThat(LocalNames.compatible("Dick Marlow", "Richard Marlow")).isTrue();
        assertThat(LocalNames.compatible("Dick Marlow", "Robert Marlow")).isFalse();
        assertThat(LocalNames.countryBody("U.S. Senate")).isEqualTo("United States Senate");
        assertThat(LocalNames.countryBody("US Senate")).isEqualTo("United States Senate");
        assertThat(LocalNames.countryBody("White House")).isNull();
    }
}
