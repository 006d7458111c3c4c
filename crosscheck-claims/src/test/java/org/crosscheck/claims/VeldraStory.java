package org.crosscheck.claims;

import static org.crosscheck.api.Qualifier.APPROXIMATELY;
import static org.crosscheck.api.Qualifier.EXACT;
import static org.crosscheck.api.Qualifier.MORE_THAN;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.SourceKind;

/**
 * A fictional story told by four fictional outlets, shaped like the situations crosscheck must read: an early
 * "no change in policy" later overtaken, a disputed count with a projection and another country's own count beside
 * it, anonymous and relayed sourcing, a Q&amp;A region, and single-source details.
 */
final class VeldraStory {

    private VeldraStory() {
    }

    /** Early phase: the ministry says nothing has changed; 2,000 engineers so far, maybe 6,000 by year end. */
    static AnnotatedArticle valleyTimes() {
        return Fixture.article("vt", "Valley Times", "2031-03-01")
                .title("Veldra keeps engineer policy unchanged, ministry says")
                .s("The Republic of Veldra has yet to authorize sending military engineers into Ostmark, "
                        + "according to ministry spokesperson Mara Quist.")
                .loc("Republic of Veldra", "Veldra").loc("Ostmark", "Ostmark").person("Mara Quist", "Mara Quist")
                .attr("according to ministry spokesperson Mara Quist", "Mara Quist", SourceKind.NAMED_PERSON)
                .s("\"There has been no change in our policy,\" Quist said on Thursday.")
                .person("Quist", "Mara Quist").t("on Thursday", "2031-02-27")
                .quote("There has been no change in our policy,", "Mara Quist", SourceKind.NAMED_PERSON)
                .paragraph()
                .s("Veldra has sent 2,000 engineers to Ostmark, and their number could grow to 6,000 by the end "
                        + "of the year.")
                .loc("Veldra", "Veldra").loc("Ostmark", "Ostmark")
                .q("2,000 engineers", 2000, "engineers", EXACT).q("6,000", 6000, "engineers", EXACT)
                .t("the end of the year", "2031-12-31")
                .build();
    }

    /** The change: two anonymous officials say Veldra approved; 5,000 engineers; a Q&A region at the end. */
    static AnnotatedArticle northernLedger() {
        return Fixture.article("nl", "Northern Ledger", "2031-03-10")
                .title("Veldra approves engineer mission to Ostmark")
                .s("Veldra has approved sending military engineers into Ostmark, two officials said on Sunday.")
                .loc("Veldra", "Veldra").loc("Ostmark", "Ostmark").t("on Sunday", "2031-03-09")
                .attr("two officials said", "two officials", SourceKind.ANONYMOUS_OFFICIAL)
                .s("About 5,000 Veldran engineers are now stationed in Ostmark, the officials said.")
                .loc("Ostmark", "Ostmark").q("About 5,000 Veldran engineers", 5000, "engineers", APPROXIMATELY)
                .s("Ostmark fields some 30,000 engineers of its own.")
                .loc("Ostmark", "Ostmark").q("some 30,000 engineers", 30000, "engineers", APPROXIMATELY)
                .s("A storm destroyed the old bridge at Kelmar on Tuesday.")
                .loc("Kelmar", "Kelmar").t("on Tuesday", "2031-03-04")
                .s("What does the mission mean for Ostmark?").loc("Ostmark", "Ostmark")
                .paragraph()
                .beginRegion()
                .s("Editor: Dr. Lio Brandt, Veldra approved the engineers in January, did it not?")
                .person("Lio Brandt", "Lio Brandt").loc("Veldra", "Veldra").t("in January", "2031-01")
                .s("Brandt: \"Yes, Veldra approved sending engineers to Ostmark long ago.\"")
                .person("Brandt", "Lio Brandt")
                .quote("Yes, Veldra approved sending engineers to Ostmark long ago.", "Lio Brandt",
                        SourceKind.NAMED_PERSON)
                .endRegion()
                .build();
    }

    /** Same day: approval confirmed, more than 4,000 engineers; also an approval first given in February. */
    static AnnotatedArticle coastalPost() {
        return Fixture.article("cp", "Coastal Post", "2031-03-10")
                .s("Veldra authorized the deployment of military engineers into Ostmark, the Harbor Courier "
                        + "reported.")
                .loc("Veldra", "Veldra").loc("Ostmark", "Ostmark")
                .e("Harbor Courier", EntityType.ORGANIZATION, "Harbor Courier")
                .attr("the Harbor Courier reported", "Harbor Courier", SourceKind.OUTLET)
                .s("More than 4,000 engineers from Veldra have arrived in Ostmark.")
                .loc("Veldra", "Veldra").loc("Ostmark", "Ostmark")
                .q("More than 4,000 engineers", 4000, "engineers", MORE_THAN)
                .s("President Ilse Varga signed the order in February.")
                .person("Ilse Varga", "Ilse Varga").t("in February", "2031-02")
                .s("Engineers in the field")
                .build();
    }

    /** A copy of the Northern Ledger's opening, under another outlet. */
    static AnnotatedArticle ridgeWireCopy() {
        return Fixture.article("rw", "Ridge Wire", "2031-03-10")
                .s("A storm destroyed the old bridge at Kelmar on Tuesday, the Ridge Wire learned.")
                .loc("Kelmar", "Kelmar").t("on Tuesday", "2031-03-04")
                .build();
    }

    static List<AnnotatedArticle> all() {
        return List.of(valleyTimes(), northernLedger(), coastalPost(), ridgeWireCopy());
    }
}
