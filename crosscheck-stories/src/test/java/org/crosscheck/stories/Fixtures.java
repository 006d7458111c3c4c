package org.crosscheck.stories;

import java.time.LocalDate;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;

/** Fictional articles: invented outlets, people and places, written for these tests. */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2031, 5, 12);

    private Fixtures() {
    }

    static AnnotatedArticle doc(String id, String outlet, LocalDate date, String title, String text) {
        return AnnotatedArticle.of(new Article(id, outlet, date, null, title, "en", text, id + ".txt"));
    }

    // Story 1: a bridge collapse in the fictional city of Veltmark, told three ways.
    static AnnotatedArticle bridgeCourier() {
        return doc("bridge-courier", "Northwind Courier", DAY, "Orrin bridge collapses in Veltmark during rush hour",
                "Part of the Orrin bridge in Veltmark fell into the river on Tuesday morning, trapping at least "
                        + "twelve cars. Mayor Ilsa Brandvik said rescue divers had pulled nine people from the water. "
                        + "Engineers had warned in 2029 that the bridge supports were corroded. The collapse closed "
                        + "the main route between the harbor and the old town.");
    }

    static AnnotatedArticle bridgeLantern() {
        return doc("bridge-lantern", "Daily Lantern", DAY, "Divers search the Orrin after Veltmark span gives way",
                "Rescue divers searched the Orrin river after a section of the Veltmark bridge gave way. Mayor "
                        + "Brandvik told reporters that nine people were rescued and that corroded supports would be "
                        + "investigated. Cars plunged into the water when the bridge collapsed, witnesses said, and "
                        + "traffic from the harbor was diverted.");
    }

    static AnnotatedArticle bridgeMeridian() {
        return doc("bridge-meridian", "Meridian Post", DAY.plusDays(1), "Veltmark asks why warnings about its bridge "
                        + "went unheeded",
                "A day after the Orrin bridge collapse, Veltmark residents asked why the 2029 warnings about "
                        + "corroded supports were ignored. Ilsa Brandvik, the mayor, promised an inquiry. Divers "
                        + "rescued nine people from the river after cars fell from the collapsed bridge.");
    }

    // Story 2: a pilots' strike at a fictional airline, same days, three outlets.
    static AnnotatedArticle strikeCourier() {
        return doc("strike-courier", "Northwind Courier", DAY, "Tessaly Airlines pilots walk out over pay",
                "Pilots at Tessaly Airlines began a strike on Tuesday after pay talks with the carrier failed. "
                        + "Union leader Tomas Quellin said the pilots had not had a raise in four years. The airline "
                        + "cancelled 140 flights from Ardent Bay airport.");
    }

    static AnnotatedArticle strikeLantern() {
        return doc("strike-lantern", "Daily Lantern", DAY, "Flights grounded as Tessaly pilots strike",
                "Tessaly Airlines grounded 140 flights at Ardent Bay as its pilots went on strike. Tomas Quellin, "
                        + "who leads the pilots union, said talks on pay had collapsed. Passengers queued at the "
                        + "airport for hours.");
    }

    static AnnotatedArticle strikeMeridian() {
        return doc("strike-meridian", "Meridian Post", DAY.plusDays(1), "Tessaly strike enters second day",
                "The pilots strike at Tessaly Airlines entered a second day with more cancelled flights at Ardent "
                        + "Bay airport. Quellin said the union would not return to talks until the airline offered a "
                        + "pay raise. The carrier said the strike was unlawful.");
    }

    /** A reprint of {@link #bridgeCourier()} with one word changed, as a syndicating outlet would run it. */
    static AnnotatedArticle bridgeReprint() {
        AnnotatedArticle a = bridgeCourier();
        return doc("bridge-reprint", "Coastline Digest", DAY.plusDays(1), a.article().title(),
                a.text().replace("Tuesday morning", "Tuesday"));
    }

    // A story that develops over a week: a wildfire in the fictional Kestrel Valley.
    static final String[] FIRE_TITLES = {
        "Wildfire breaks out in Kestrel Valley",
        "Kestrel Valley wildfire forces evacuations",
        "Firefighters battle Kestrel Valley blaze for third day",
        "Wind spreads Kestrel Valley wildfire toward Dunmere",
        "Governor Morrow visits Kestrel Valley fire lines",
        "Rain helps firefighters contain Kestrel Valley wildfire",
        "Kestrel Valley evacuees return after wildfire contained",
    };

    static AnnotatedArticle fire(int day, String outlet) {
        String[] bodies = {
            "A wildfire started in the dry hills of Kestrel Valley, and firefighters were sent to the ridge.",
            "Officials ordered evacuations in Kestrel Valley as the wildfire grew and firefighters dug lines.",
            "Firefighters in Kestrel Valley fought the wildfire for a third day as smoke covered the valley.",
            "Strong wind pushed the Kestrel Valley wildfire toward the town of Dunmere; more evacuations followed.",
            "Governor Aldine Morrow met firefighters in Kestrel Valley and promised help for evacuated families.",
            "Rain slowed the Kestrel Valley wildfire and firefighters said the fire was mostly contained.",
            "Evacuated residents returned to Kestrel Valley after firefighters contained the wildfire.",
        };
        return doc("fire-" + day, outlet, DAY.plusDays(day), FIRE_TITLES[day], bodies[day]);
    }

    /** Same week, unrelated subject: a chess tournament in the fictional town of Dunmere. */
    static AnnotatedArticle chess(int day) {
        return doc("chess-" + day, "Meridian Post", DAY.plusDays(day), "Dunmere chess open, round " + (day + 1),
                "Grandmaster Petra Holloway won her game in round " + (day + 1) + " of the Dunmere chess open, "
                        + "keeping her lead in the tournament standings with a bishop sacrifice.");
    }
}
