package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Region;
import org.crosscheck.api.RegionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonReportingClassifierTest {

    private final NonReportingClassifier classifier = new NonReportingClassifier();

    private List<Region> classify(String text) {
        return classifier.classify(AnnotatedArticle.of(new Article("t", null, null, null, null, null, text, "t")));
    }

    private static final String NEWS = "The Velmora ferry sank on Monday, the coast guard said.\n"
            + "All forty passengers were rescued by two fishing boats.\n";

    private static final String CHAT = String.join("\n",
            "What does the sinking mean for island travel?",
            "Conversation between Island Daily Host and Maritime Safety Specialist",
            "Host: Welcome! With us is Dr. Lena Voss, a maritime safety specialist with many years at sea.",
            "Dr. Voss: Thank you for having me.",
            "Host: Why did the ferry sink so fast?",
            "Dr. Voss: Old hulls fail quickly once water gets in.",
            "It is a pattern we have seen before.",
            "Host: What should travellers do?",
            "Dr. Voss: Stay informed and follow the crew.");

    @Test
    void marksAnUnverifiableQaWithItsHeaderAndLeadQuestion() {
        String text = NEWS + CHAT;
        List<Region> regions = classify(text);
        assertThat(regions).hasSize(1);
        Region r = regions.getFirst();
        assertThat(r.kind()).isEqualTo(RegionKind.INTERVIEW);
        assertThat(r.start()).isEqualTo(text.indexOf("What does the sinking"));
        assertThat(r.end()).isEqualTo(text.length());
        assertThat(r.why()).contains("Host/Dr. Voss").contains("no verifiable affiliation");
    }

    @Test
    void keepsAnOnRecordInterviewWithAnAffiliatedSpeaker() {
        String text = NEWS + "Lena Voss, a spokeswoman for the Velmora Ferry Company, spoke to us.\n"
                + CHAT.substring(CHAT.indexOf("Host:"));
        assertThat(classify(text)).isEmpty();
    }

    @Test
    void roleLabelledAnswersNeedAnAffiliationInTheHeader() {
        String qa = "Q: Why did it sink?\nA: The hull failed.\nQ: Who is to blame?\nA: The inquiry will say.";
        assertThat(classify(NEWS + "Interview with a safety specialist\n" + qa))
                .extracting(Region::kind).containsExactly(RegionKind.INTERVIEW);
        assertThat(classify(NEWS + "Interview with Ivo Lanz, director of the Velmora Port Authority\n" + qa))
                .isEmpty();
    }

    @Test
    void labelledParagraphsWithoutQuestionsAreNotAnInterview() {
        String text = "VELMORA: The ferry sank.\nKORDA: Roads were closed.\nVELMORA: Schools reopened.\n"
                + "KORDA: The bridge held.";
        assertThat(classify(text)).isEmpty();
    }

    @Test
    void marksAStandaloneQuestionButNotAQuotedOrAttributedOne() {
        String text = NEWS + "What happens to island travel now?\n"
                + "“Who pays for this?” the mayor asked.\n"
                + "Reporters asked whether the ferry was insured?\n"
                + "The coast guard said divers would search the wreck. Will they find the cause?\n"
                + "Divers found the hull, but the real test is what the inquiry makes of it, isn't it?";
        List<Region> regions = classify(text);
        assertThat(regions).extracting(Region::kind).containsExactly(RegionKind.QUESTION);
        assertThat(text.substring(regions.getFirst().start(), regions.getFirst().end()))
                .isEqualTo("What happens to island travel now?");
    }

    @Test
    void marksOpinion() {
        String text = NEWS + "Opinion: The island deserves better ferries.\nThe end.";
        List<Region> regions = classify(text);
        assertThat(regions).extracting(Region::kind).containsExactly(RegionKind.OPINION);
        assertThat(text.substring(regions.getFirst().start(), regions.getFirst().end()))
                .isEqualTo("Opinion: The island deserves better ferries.");
        String oped = "The island deserves better ferries.\nThe views expressed are the author's own.";
        assertThat(classify(oped)).singleElement().satisfies(r -> {
            assertThat(r.start()).isZero();
            assertThat(r.end()).isEqualTo(oped.length());
        });
    }

    @Test
    void aLabelledListIsNotADialogue() {
        String text = "North: Roads closed?\nSouth: Schools shut.\nEast: Bridge held.\nWest: Power is out.";
        assertThat(classify(text)).isEmpty();
    }

    @Test
    void aSpeakerLabelledWithAnOfficeIsOnRecord() {
        String text = NEWS + "HOST: Why did it sink?\nMINISTER LANZ: The hull failed.\nHOST: Who pays?\n"
                + "MINISTER LANZ: The state will.";
        assertThat(classify(text)).isEmpty();
        String plain = text.replace("MINISTER LANZ", "LANZ");
        assertThat(classify(plain)).extracting(Region::kind).containsExactly(RegionKind.INTERVIEW);
        assertThat(classify("Velmora Radio’s host spoke to VRN’s Ivo Lanz.\n" + plain)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n ", "?", "Q:", "A: b\nQ: c?\nA: d\nQ: e?", "\uD800: x?\n\uDC00: y", "Opinion"})
    void hostileInputNeverThrows(String text) {
        for (Region r : classify(text)) {
            assertThat(r.end()).isLessThanOrEqualTo(text.length());
        }
    }
}
