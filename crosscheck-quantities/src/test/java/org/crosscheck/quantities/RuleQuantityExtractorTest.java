package org.crosscheck.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Sentence;
import org.junit.jupiter.api.Test;

class RuleQuantityExtractorTest {

    private static final RuleQuantityExtractor EXTRACTOR = new RuleQuantityExtractor();

    static List<Quantity> extract(String text) {
        Article a = new Article("t", "Fictional Gazette", null, null, null, "en", text, "test");
        return EXTRACTOR.extract(AnnotatedArticle.of(a));
    }

    static Quantity only(String text) {
        List<Quantity> qs = extract(text);
        assertThat(qs).as("quantities in: %s", text).hasSize(1);
        return qs.get(0);
    }

    @Test
    void countedNounWithSeparators() {
        Quantity q = only("Officials in Veldoria said 10,000 soldiers crossed the river.");
        assertThat(q.value()).isEqualTo(10_000);
        assertThat(q.unit()).isEqualTo("soldiers");
        assertThat(q.text()).isEqualTo("10,000 soldiers");
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void countedNounSkipsNationalityAndAdjectives() {
        Quantity q = only("The ministry said 11,000 Marvonian ground troops would arrive.");
        assertThat(q.unit()).isEqualTo("troops");
        assertThat(q.counted()).isEqualTo("Marvonian ground troops");
        assertThat(q.text()).isEqualTo("11,000 Marvonian ground troops");
    }

    @Test
    void qualifiersBeforeTheNumberAreInsideTheSpan() {
        Quantity q = only("Nearly 50,000 Ostrian troops have gathered near Lake Pell.");
        assertThat(q.text()).isEqualTo("Nearly 50,000 Ostrian troops");
        assertThat(q.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(only("Scouts counted approximately 400 wagons.").qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(only("The convoy had over 120 trucks.").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("The march drew more than 2,000 farmers.").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("Fewer than 30 ferries still run.").qualifier()).isEqualTo(Qualifier.LESS_THAN);
        assertThat(only("At least 12 villages flooded.").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(only("No more than 40 guests attended.").qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(only("Some 3,000 pilgrims walked.").qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(only("An estimated 900 sheep drowned.").text()).isEqualTo("An estimated 900 sheep");
        assertThat(only("An estimated 900 sheep drowned.").qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(only("Almost 70 lorries were stuck.").qualifier()).isEqualTo(Qualifier.NEARLY);
    }

    @Test
    void measurementUnitsAreNormalised() {
        Quantity q = only("The Pell rocket has a range of more than 500 kilometers.");
        assertThat(q.text()).isEqualTo("more than 500 kilometers");
        assertThat(q.unit()).isEqualTo("km");
        assertThat(q.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("The dam is 40 metres high.").unit()).isEqualTo("m");
        assertThat(only("A 12km tunnel opened.").unit()).isEqualTo("km");
        assertThat(only("It weighs 3.5 tonnes.").unit()).isEqualTo("t");
        assertThat(only("It weighs 3.5 tonnes.").value()).isEqualTo(3.5);
        assertThat(only("The siege lasted 24 hours.").unit()).isEqualTo("hours");
        assertThat(only("The siege lasted one week longer than planned.").unit()).isEqualTo("weeks");
        assertThat(extract("One day the river will return.")).isEmpty();
        assertThat(only("The fire burned 300 hectares of forest.").unit()).isEqualTo("ha");
    }

    @Test
    void hyphenatedUnitAdjective() {
        Quantity q = only("Crews announced a 24-hour truce in Dornbach.");
        assertThat(q.value()).isEqualTo(24);
        assertThat(q.unit()).isEqualTo("hours");
        assertThat(q.text()).isEqualTo("24-hour");
        assertThat(extract("The 10-member panel met.")).isEmpty();
    }

    @Test
    void conversionInParenthesesIsOneQuantity() {
        Quantity q = only("The Arrowlight missile has a range of up to 190 miles (306 km), engineers said.");
        assertThat(q.text()).isEqualTo("up to 190 miles (306 km)");
        assertThat(q.value()).isEqualTo(190);
        assertThat(q.unit()).isEqualTo("mi");
        assertThat(q.qualifier()).isEqualTo(Qualifier.UP_TO);
        assertThat(q.converted()).isEqualTo(new Quantity.Converted(306, "km"));
    }

    @Test
    void moneyWithScaleWordsSymbolsAndCodes() {
        Quantity q = only("Veldoria pledged $2.3 billion in aid.");
        assertThat(q.value()).isEqualTo(2.3e9);
        assertThat(q.unit()).isEqualTo("USD");
        assertThat(q.text()).isEqualTo("$2.3 billion");
        assertThat(only("The bridge cost €450m to build.").value()).isEqualTo(4.5e8);
        assertThat(only("The bridge cost €450m to build.").unit()).isEqualTo("EUR");
        assertThat(only("Tickets sold for £12 each.").unit()).isEqualTo("GBP");
        assertThat(only("The fund holds USD 40 million.").value()).isEqualTo(4e7);
        assertThat(only("The fund holds USD 40 million.").unit()).isEqualTo("USD");
        assertThat(only("He was paid 5 million dollars.").unit()).isEqualTo("USD");
        assertThat(only("Exports reached 3 billion euros.").value()).isEqualTo(3e9);
        assertThat(only("The club spent US$5bn.").value()).isEqualTo(5e9);
    }

    @Test
    void percentages() {
        Quantity q = only("Inflation in Ostria rose 3.5% last quarter.");
        assertThat(q.unit()).isEqualTo("%");
        assertThat(q.value()).isEqualTo(3.5);
        assertThat(only("Turnout fell 12 percent.").unit()).isEqualTo("%");
        assertThat(only("Turnout fell 12 per cent.").text()).isEqualTo("12 per cent");
        assertThat(only("Rates rose two percentage points.").unit()).isEqualTo("pp");
    }

    @Test
    void scaleWordsAndMillionsOfPeople() {
        Quantity q = only("The flood displaced 5 million people across the delta.");
        assertThat(q.value()).isEqualTo(5e6);
        assertThat(q.unit()).isEqualTo("people");
        assertThat(only("Some 1.2m voters stayed home.").value()).isEqualTo(1.2e6);
        assertThat(only("The wall stands 300m from the shore.").unit()).isEqualTo("m");
    }

    @Test
    void writtenNumbers() {
        assertThat(only("Three ferries sank off Cape Morrow.").value()).isEqualTo(3);
        assertThat(only("Twenty-five nurses went on strike.").value()).isEqualTo(25);
        assertThat(only("A dozen drones were seen.").value()).isEqualTo(12);
        assertThat(only("Two hundred and fifty thousand visitors came.").value()).isEqualTo(250_000);
        Quantity ranges = only("The recruits train at four Ostrian military ranges.");
        assertThat(ranges.unit()).isEqualTo("ranges");
        assertThat(ranges.text()).isEqualTo("four Ostrian military ranges");
    }

    @Test
    void vaguePluralsAreMoreThanTheRoundFigure() {
        Quantity q = only("Hundreds of Veldorian volunteers arrived.");
        assertThat(q.value()).isEqualTo(100);
        assertThat(q.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(q.unit()).isEqualTo("volunteers");
        Quantity tens = only("Tens of thousands of protesters filled the square.");
        assertThat(tens.value()).isEqualTo(10_000);
        assertThat(tens.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("Several thousand miners walked out.").value()).isEqualTo(1000);
        Quantity money = only("Millions of dollars vanished.");
        assertThat(money.unit()).isEqualTo("USD");
        assertThat(money.value()).isEqualTo(1e6);
        assertThat(extract("Thousands fled.")).isEmpty();
    }

    @Test
    void rangesKeepLowerBoundAndExposeUpperBound() {
        Quantity q = only("Between 3,000 and 5,000 workers joined.");
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.value()).isEqualTo(3000);
        assertThat(q.unit()).isEqualTo("workers");
        assertThat(QuantityRanges.upperBound(q)).hasValue(5000);
        Quantity dash = only("Prices rose 3-5% in Dornbach.");
        assertThat(dash.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(dash.unit()).isEqualTo("%");
        assertThat(QuantityRanges.upperBound(dash)).hasValue(5);
        Quantity to = only("The trip takes 3 to 5 days.");
        assertThat(to.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(QuantityRanges.upperBound(to)).hasValue(5);
        assertThat(QuantityRanges.upperBound(only("Ten sailors waited."))).isEmpty();
    }

    @Test
    void changeFromOneFigureToAnotherIsTwoQuantities() {
        List<Quantity> qs = extract("The garrison grew from 2,000 to 6,000 guards.");
        assertThat(qs).extracting(Quantity::value).containsExactly(2000.0, 6000.0);
        assertThat(qs).extracting(Quantity::unit).containsExactly("guards", "guards");
    }

    @Test
    void projectionsAndAnaphora() {
        List<Quantity> qs = extract("Marvonia has sent 3,000 troops to Ostria, and their numbers could grow to"
                + " 10,000 by the end of the year.");
        assertThat(qs).hasSize(2);
        Quantity later = qs.get(1);
        assertThat(later.value()).isEqualTo(10_000);
        assertThat(later.unit()).isEqualTo("troops");
        assertThat(later.qualifier()).isEqualTo(Qualifier.PROJECTED);
        assertThat(later.text()).isEqualTo("10,000 by the end of the year");
        Quantity expected = extract("Officials expect 200 tents. The number is expected to reach 500 next week.")
                .get(1);
        assertThat(expected.unit()).isEqualTo("tents");
        assertThat(expected.qualifier()).isEqualTo(Qualifier.PROJECTED);
        Quantity numberOf = only("The number of refugees in Pell rose to 4,000.");
        assertThat(numberOf.unit()).isEqualTo("refugees");
        assertThat(extract("Gate 7 opens at noon and the fee is 20.")).isEmpty();
        assertThat(extract("Sixty monks live there; visitors must be over 21.")).hasSize(1);
        assertThat(extract("The motion passed 97-1 in the Ostrian senate.")).isEmpty();
    }

    @Test
    void referentIsSoughtInTheSameOrPreviousSentenceOnly() {
        String near = "Pell hired 400 wardens last spring. It will hire another 200 in the autumn.";
        assertThat(extract(near)).extracting(Quantity::unit).containsExactly("wardens", "wardens");
        String far = "Pell hired 400 wardens. The weather was mild all week. The total could grow to 900.";
        assertThat(extract(far)).extracting(Quantity::unit).containsExactly("wardens");
        // the same with sentences from a segmenter: three sentences, so 900 has nothing to refer to
        Article a = new Article("s", null, null, null, null, "en", far, "test");
        int second = far.indexOf("The weather");
        int third = far.indexOf("The total");
        List<Sentence> sentences = List.of(new Sentence(0, second - 1, List.of(), 0),
                new Sentence(second, third - 1, List.of(), 0), new Sentence(third, far.length(), List.of(), 0));
        assertThat(EXTRACTOR.extract(AnnotatedArticle.of(a).withSentences(sentences))).hasSize(1);
        // and a segmenter that puts all of it in one sentence lets the figure refer back
        List<Sentence> one = List.of(new Sentence(0, far.length(), List.of(), 0));
        assertThat(EXTRACTOR.extract(AnnotatedArticle.of(a).withSentences(one))).extracting(Quantity::value)
                .containsExactly(400.0, 900.0);
    }

    @Test
    void estimatedAtIsApproximate() {
        Quantity q = only("The Marvonian force, estimated at 8,000 troops in the north, has moved.");
        assertThat(q.text()).isEqualTo("8,000 troops");
        assertThat(q.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    }

    @Test
    void trailingHedges() {
        assertThat(only("The storm cut power to 40,000 homes or more.").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(only("The parade drew 10,000+ fans.").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void notQuantities() {
        assertThat(extract("The vote took place on November 5 in Dornbach.")).isEmpty();
        assertThat(extract("On 5 November 2031 the council met.")).isEmpty();
        assertThat(extract("22-11-2031 (PELL CITY) The council met.")).isEmpty();
        assertThat(extract("The plan was drafted in 2019 and revised since 2021.")).isEmpty();
        assertThat(extract("In 1998, the mayor resigned.")).isEmpty();
        assertThat(extract("The meeting starts at 10:30 and ends by 5 p.m.")).isEmpty();
        assertThat(extract("Call +44 20 7946 0958 for details.")).isEmpty();
        assertThat(extract("Anna Brisk, 45, a baker from Pell, spoke.")).isEmpty();
        assertThat(extract("A 45-year-old man was detained.")).isEmpty();
        assertThat(extract("She finished 3rd, then 21st in the second race.")).isEmpty();
        assertThat(extract("It was the third time the first team lost.")).isEmpty();
        assertThat(extract("1. Bring water\n2. Bring bread\n")).isEmpty();
        assertThat(extract("The F-16 and the Su-34 flew over. COVID-19 cases were low.")).isEmpty();
        assertThat(extract("Article 5 was invoked under Resolution 2231.")).isEmpty();
        assertThat(extract("No one was hurt, and one of the guards left.")).isEmpty();
        assertThat(extract("The 1990s were quiet.")).isEmpty();
        assertThat(extract("Both 2031 municipal campaigns ended early.")).isEmpty();
        assertThat(extract("Fans packed the Grand Four tournament in Pell.")).isEmpty();
        assertThat(extract("Four tournaments were cancelled.")).hasSize(1);
    }

    @Test
    void countsOfSourcesAreSourcingNotFacts() {
        assertThat(extract("According to two Ostrian officials familiar with the plan, the bridge will close."))
                .isEmpty();
        assertThat(extract("Three sources said the talks failed.")).isEmpty();
        assertThat(only("Two officials were arrested in Pell.").value()).isEqualTo(2);
    }

    @Test
    void singularOne() {
        Quantity q = only("At least one Marvonian soldier was killed.");
        assertThat(q.value()).isEqualTo(1);
        assertThat(q.unit()).isEqualTo("soldier");
        assertThat(q.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(extract("One option was a delay, one official said, and one another.")).isEmpty();
        assertThat(only("The ban lasts one year.").unit()).isEqualTo("years");
    }

    @Test
    void emptyOddAndHostileInputNeverThrows() {
        assertThat(extract("")).isEmpty();
        assertThat(extract("   \n\n ")).isEmpty();
        assertThat(extract("$")).isEmpty();
        assertThat(extract("$$$ 12,,,, 3-- -5 ( ) (12 km")).allSatisfy(RuleQuantityExtractorTest::fits);
        assertThat(extract("9999999999999999999999999999999999999999 km")).allSatisfy(RuleQuantityExtractorTest::fits);
        assertThat(EXTRACTOR.extract(null)).isEmpty();
    }

    @Test
    void randomTextKeepsEveryOffsetValid() {
        java.util.Random random = new java.util.Random(20_241_118L);
        String[] pieces = {"1", "10,000", "3.5", "-", "–", "$", "€", "%", "(", ")", " ", " ", "\n", "km", "m",
            "troops", "Nearly", "up", "to", "between", "and", "hundreds", "of", "one", "a", "dozen", "2031", ".",
            ",", "by", "the", "end", "year", "could", "grow", "November", "5", "bn", "+", "or", "more", "é", "\uD83D\uDE00"};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(30);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            Article a = new Article("r" + n, null, null, null, null, "en", sb.toString(), "random");
            List<Quantity> qs = EXTRACTOR.extract(AnnotatedArticle.of(a));
            // the annotated article rejects any span that does not match its text
            assertThat(AnnotatedArticle.of(a).withQuantities(qs).quantities()).isEqualTo(qs);
            for (int k = 1; k < qs.size(); k++) {
                assertThat(qs.get(k).start()).isGreaterThanOrEqualTo(qs.get(k - 1).end());
            }
        }
    }

    static void fits(Quantity q) {
        assertThat(q.start()).isGreaterThanOrEqualTo(0);
        assertThat(q.end()).isGreaterThan(q.start());
    }

    @Test
    void partitiveCountsTheWhole() {
        List<Quantity> qs = extract("Twelve of the 40 delegates from Veldoria walked out, and 30 of our members stayed.");
        assertThat(qs).extracting(Quantity::text).containsExactly("Twelve", "40 delegates", "30 of our members");
        assertThat(qs).extracting(Quantity::unit).containsExactly("delegates", "delegates", "members");
        assertThat(qs).extracting(Quantity::value).containsExactly(12.0, 40.0, 30.0);
    }

    @Test
    void partOfAnEarlierCountTakesItsUnit() {
        List<Quantity> qs = extract("The council has 32 districts. Take 18 of them and the vote is lost.");
        assertThat(qs).extracting(Quantity::unit).containsExactly("districts", "districts");
        assertThat(qs.get(1).value()).isEqualTo(18.0);
    }

    @Test
    void writtenNumberHyphenedToItsUnit() {
        Quantity q = only("After a grinding two-month standoff the port reopened.");
        assertThat(q.value()).isEqualTo(2.0);
        assertThat(q.unit()).isEqualTo("months");
        assertThat(extract("A two-man crew and a three-way race.")).isEmpty();
    }

    @Test
    void halfDozenMixedRangesMenPluralsAndQuotedLabels() {
        assertThat(only("a half-dozen Marvonian senators objected").value()).isEqualTo(6.0);
        Quantity range = only("pickups of between five and 12 seats");
        assertThat(range.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(range.value()).isEqualTo(5.0);
        assertThat(range.unit()).isEqualTo("seats");
        assertThat(only("There are 89 freshmen in the chamber.").unit()).isEqualTo("freshmen");
        Quantity quoted = only("There are at least 30 \"national emergencies\" in effect.");
        assertThat(quoted.unit()).isEqualTo("emergencies");
        assertThat(quoted.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }
}
