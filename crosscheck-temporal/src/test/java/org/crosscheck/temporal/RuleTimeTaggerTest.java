package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.TimeType;
import org.junit.jupiter.api.Test;

class RuleTimeTaggerTest {

    /** A Monday. */
    private static final LocalDate ANCHOR = LocalDate.of(2024, 11, 18);

    private static final RuleTimeTagger TAGGER = new RuleTimeTagger();

    private static List<TimeExpression> tag(String text, LocalDate anchor) {
        Article a = new Article("t", "The Valdoria Courier", anchor, null, null, "en", text, "test");
        return TAGGER.tag(AnnotatedArticle.of(a));
    }

    /** The value of the expression whose text contains {@code part}. */
    private static String value(String text, String part) {
        return value(text, part, ANCHOR);
    }

    private static String value(String text, String part, LocalDate anchor) {
        return find(text, part, anchor).map(TimeExpression::value).orElse("<none>");
    }

    private static Optional<TimeExpression> find(String text, String part, LocalDate anchor) {
        return tag(text, anchor).stream().filter(t -> t.text().contains(part)).findFirst();
    }

    @Test
    void explicitDates() {
        assertThat(value("The treaty was signed on Nov. 5, 2023 in Arlenburg.", "Nov. 5")).isEqualTo("2023-11-05");
        assertThat(value("Mayor Tilda Brandt resigned on 5 November 2022.", "November")).isEqualTo("2022-11-05");
        assertThat(value("The report is dated 2021-03-09.", "2021")).isEqualTo("2021-03-09");
        assertThat(value("Posted 22-11-2024 by the desk.", "22-11")).isEqualTo("2024-11-22");
        assertThat(value("Posted 11/22/2024 by the desk.", "11/22")).isEqualTo("2024-11-22");
        assertThat(value("Elections were held in March 2021.", "March")).isEqualTo("2021-03");
        assertThat(value("Elections were held in 2019 across Valdoria.", "2019")).isEqualTo("2019");
    }

    @Test
    void monthDayWithoutYearTakesTheAnchorsYearNearby() {
        assertThat(value("Orvan Steel held its vote on November 5.", "November 5")).isEqualTo("2024-11-05");
        assertThat(value("The ferry will resume service on January 9.", "January 9")).isEqualTo("2025-01-09");
    }

    @Test
    void monthAloneFollowsTense() {
        assertThat(value("The council approved the plan in February.", "February")).isEqualTo("2024-02");
        assertThat(value("The council will vote on the plan in March.", "March")).isEqualTo("2025-03");
        assertThat(value("Last July, the harbour flooded.", "July")).isEqualTo("2024-07");
        assertThat(value("Last November, the harbour flooded.", "November")).isEqualTo("2023-11");
        LocalDate october = LocalDate.of(2024, 10, 25);
        assertThat(value("General Pell noted that the brigades would begin marching on Tarsk in November.",
                "November", october)).isEqualTo("2024-11");
    }

    @Test
    void bareMonthSpansIncludeTheirPreposition() {
        TimeExpression t = find("The bridge reopened in April.", "April", ANCHOR).orElseThrow();
        assertThat(t.text()).isEqualTo("in April");
    }

    @Test
    void mayTheModalIsNotAMonth() {
        assertThat(tag("Officials may delay the count.", ANCHOR)).isEmpty();
        assertThat(value("The count resumed in May.", "May")).isEqualTo("2024-05");
    }

    @Test
    void weekdaysFollowTense() {
        // the anchor is a Monday
        assertThat(value("On Sunday, the ministry announced new tariffs.", "Sunday")).isEqualTo("2024-11-17");
        assertThat(value("Minister Ruel Okafor met the envoys on Friday.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The envoys will meet again on Thursday.", "Thursday")).isEqualTo("2024-11-21");
        assertThat(value("The strike is going to start on Wednesday.", "Wednesday")).isEqualTo("2024-11-20");
        assertThat(value("Last Tuesday the mill shut down.", "Tuesday")).isEqualTo("2024-11-12");
        assertThat(value("Next Tuesday the mill reopens.", "Tuesday")).isEqualTo("2024-11-19");
        TimeExpression on = find("The port closed on Sunday.", "Sunday", ANCHOR).orElseThrow();
        assertThat(on.text()).isEqualTo("on Sunday");
    }

    @Test
    void deicticDays() {
        assertThat(value("Prices fell today in Marrow.", "today")).isEqualTo("2024-11-18");
        assertThat(value("Prices fell yesterday in Marrow.", "yesterday")).isEqualTo("2024-11-17");
        assertThat(value("Prices may fall tomorrow in Marrow.", "tomorrow")).isEqualTo("2024-11-19");
    }

    @Test
    void relativePeriods() {
        LocalDate friday = LocalDate.of(2024, 10, 25);
        assertThat(value("Last week the Tarsk garrison moved north.", "Last week", friday)).isEqualTo("2024-W42");
        assertThat(value("Talks continue this week.", "this week")).isEqualTo("2024-W47");
        assertThat(value("Fares rise next month.", "next month")).isEqualTo("2024-12");
        assertThat(value("Exports grew last year.", "last year")).isEqualTo("2023");
        assertThat(value("The board met earlier this month.", "earlier this month")).isEqualTo("2024-11");
        assertThat(value("The board met earlier this year.", "earlier this year")).isEqualTo("2024");
        assertThat(value("Sales doubled this year.", "this year")).isEqualTo("2024");
        assertThat(value("The toll road opened three years ago.", "three years ago")).isEqualTo("2021");
        assertThat(value("Orvan Steel expects a profit in the current fiscal year.", "fiscal")).isEqualTo("2024");
        assertThat(value("Orvan Steel will cut jobs next fiscal year.", "fiscal")).isEqualTo("2025");
    }

    @Test
    void endOfPeriod() {
        TimeExpression t = find("The depot should be finished by the end of the year.", "end", ANCHOR).orElseThrow();
        assertThat(t.value()).isEqualTo("2024-12-31");
        assertThat(t.text()).isEqualTo("by the end of the year");
        assertThat(value("Rent is due at the end of the month.", "end of the month")).isEqualTo("2024-11-30");
    }

    @Test
    void seasonsQuartersAndDecades() {
        assertThat(value("The festival returns this summer.", "summer")).isEqualTo("2024-SU");
        assertThat(value("Orvan Steel lost money in the third quarter.", "third quarter")).isEqualTo("2024-Q3");
        assertThat(value("Orvan Steel posted third-quarter losses.", "third-quarter")).isEqualTo("2024-Q3");
        assertThat(value("The mill thrived in the 1990s.", "1990s")).isEqualTo("199");
    }

    @Test
    void durations() {
        assertThat(find("The siege lasted 24 hours.", "24", ANCHOR).orElseThrow())
                .extracting(TimeExpression::value, TimeExpression::type).containsExactly("PT24H", TimeType.DURATION);
        assertThat(value("The siege lasted three years.", "three")).isEqualTo("P3Y");
        assertThat(value("The siege lasted two weeks.", "two")).isEqualTo("P2W");
        assertThat(value("It took a two-year study.", "two-year")).isEqualTo("P2Y");
        assertThat(value("After months of talks the deal held.", "months")).isEqualTo("PXM");
        assertThat(value("The trial lasted 2 1/2 years.", "years")).isEqualTo("P2Y6M");
    }

    @Test
    void agesAreNotDurations() {
        assertThat(tag("A 6-year-old boy from Marrow won.", ANCHOR)).isEmpty();
    }

    @Test
    void setsAndReferences() {
        assertThat(find("The ferry sails every week.", "every week", ANCHOR).orElseThrow())
                .extracting(TimeExpression::value, TimeExpression::type).containsExactly("P1W", TimeType.SET);
        assertThat(value("The ferry is now running again.", "now")).isEqualTo("PRESENT_REF");
        assertThat(value("The ferry is currently idle.", "currently")).isEqualTo("PRESENT_REF");
        assertThat(value("Now that the bridge is open, the ferry is idle.", "Now")).isEqualTo("PRESENT_REF");
    }

    @Test
    void discourseNowAndGenericDaysAreNoTimes() {
        assertThat(value("Now, he says, the ferry is idle.", "Now")).isEqualTo("<none>");
        assertThat(value("Now the ferry is idle.", "Now")).isEqualTo("PRESENT_REF");
        assertThat(value("It matters to today's youth in Marrow.", "today")).isEqualTo("<none>");
        assertThat(value("It matters to today's vote in Marrow.", "today")).isEqualTo("2024-11-18");
        assertThat(value("He chose the people of tomorrow.", "tomorrow")).isEqualTo("<none>");
        assertThat(value("High noon comes today.", "noon")).isEqualTo("<none>");
        assertThat(value("Polls close at noon today.", "noon")).isEqualTo("2024-11-18T12:00");
    }

    @Test
    void yearEndAfterAPrepositionIsTheYearsLastDay() {
        assertThat(value("The deal should close by year-end.", "year-end")).isEqualTo("2024-12-31");
        assertThat(value("The index has risen 4% since year-end.", "year-end")).isEqualTo("2023-12-31");
        assertThat(value("Staff got a year-end bonus.", "year-end")).isEqualTo("<none>");
    }

    @Test
    void idiomsOfLengthAreNoDurations() {
        assertThat(tag("Guards stand there 24 hours a day.", ANCHOR)).isEmpty();
        assertThat(tag("It is a matter of days before the vote.", ANCHOR)).isEmpty();
        assertThat(value("He was arrested in the early hours of Thursday.", "hours")).isEqualTo("<none>");
        assertThat(value("Net for the year-earlier nine months rose.", "nine")).isEqualTo("P9M");
        assertThat(find("Net for the year-earlier nine months rose.", "nine", ANCHOR).orElseThrow().text())
                .isEqualTo("the year-earlier nine months");
        assertThat(value("The quarter-to-quarter comparison was poor.", "quarter")).isEqualTo("<none>");
    }

    @Test
    void intentHeadingTheClauseLooksAhead() {
        // the anchor is Monday 2024-11-18; the cue is too far from the weekday for the nearest-word rule
        assertThat(value("They were planning to fly with the whole delegation of ministers to Arlenburg on Friday.",
                "Friday")).isEqualTo("2024-11-22");
        assertThat(value("The dividend would be paid on a still unspecified date in January.", "January"))
                .isEqualTo("2025-01");
        // an arrangement in the past perfect is one the story has moved past
        assertThat(value("The offer had been due to expire Friday evening.", "Friday")).isEqualTo("2024-11-15TEV");
        assertThat(value("The offer is due to expire Friday evening.", "Friday")).isEqualTo("2024-11-22TEV");
    }

    @Test
    void thePreviousWeekdayCountsFromTheDayJustGiven() {
        assertThat(value("Shares closed at 80 on Nov. 15, down 4.5% from the previous Friday.", "previous"))
                .isEqualTo("2024-11-08");
        assertThat(value("They met on Nov. 4 and again the following Thursday.", "following"))
                .isEqualTo("2024-11-07");
    }

    @Test
    void clockTimesJoinTheirDay() {
        assertThat(value("Polls close at 3 p.m. today.", "p.m.")).isEqualTo("2024-11-18T15:00");
        assertThat(value("Polls closed at 8 p.m. EST Nov. 9, 2023.", "p.m.")).isEqualTo("2023-11-09T20:00");
    }

    @Test
    void noAnchorKeepsUnderspecifiedValuesAndSkipsRelativeOnes() {
        assertThat(value("The vote was held on November 5.", "November", null)).isEqualTo("XXXX-11-05");
        assertThat(find("The vote was held on Sunday.", "Sunday", null)).isEmpty();
        assertThat(value("The vote was held in 2022.", "2022", null)).isEqualTo("2022");
    }

    @Test
    void aCloseDateBeatsATenseCuePointingAlmostAYearAway() {
        // the anchor is 2024-11-18: "was set" looks back, but December 4 a year ago is far less likely
        assertThat(value("The deadline was set for Dec. 4.", "Dec. 4")).isEqualTo("2024-12-04");
        assertThat(value("The vote was moved to January.", "January")).isEqualTo("2025-01");
        // "will" looks ahead, but an October almost a year off loses to the one that just ended
        assertThat(value("Auditors will review the accounts from October.", "October")).isEqualTo("2024-10");
        // not close enough to overrule the cue: February is 75 days ahead
        assertThat(value("The council approved the plan in February.", "February")).isEqualTo("2024-02");
    }

    @Test
    void aWeekdayRightAfterAVerbOfSayingDatesTheSaying() {
        // the anchor is a Monday; "will" alone would send Friday to the coming week
        assertThat(value("The ministry said Friday it will raise tariffs.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The ministry announced on Friday that fares will rise.", "Friday")).isEqualTo("2024-11-15");
    }

    @Test
    void aWeekdayOneDayAwayBeatsATenseCuePointingSixDaysAway() {
        // a Monday paper: "were" looks back, but the envoys are due tomorrow rather than six days ago
        assertThat(value("The envoys were expected in Tarsk on Tuesday.", "Tuesday")).isEqualTo("2024-11-19");
        // a Tuesday paper: "will" looks ahead, but the vote was yesterday
        LocalDate tuesday = LocalDate.of(2024, 11, 19);
        assertThat(value("Monday's vote will stand, the court ruled.", "Monday", tuesday)).isEqualTo("2024-11-18");
        // two days off is no longer close enough: the cue decides
        assertThat(value("The envoys will meet again on Thursday.", "Thursday", tuesday)).isEqualTo("2024-11-21");
    }

    @Test
    void vagueStretchesAreDurationsOfUnstatedLength() {
        assertThat(find("Prices in Marrow rose in recent years.", "years", ANCHOR).orElseThrow())
                .extracting(TimeExpression::value, TimeExpression::type).containsExactly("PXY", TimeType.DURATION);
        assertThat(value("Talks continue in the coming weeks.", "weeks")).isEqualTo("PXW");
        assertThat(value("The ferry stays idle for the next few days.", "days")).isEqualTo("PXD");
        assertThat(value("Fares climbed over the past several months.", "months")).isEqualTo("PXM");
        assertThat(value("Orvan Steel expects losses in the months ahead.", "months ahead")).isEqualTo("PXM");
        assertThat(value("Orvan Steel expects no layoffs in the near future.", "near future")).isEqualTo("FUTURE_REF");
        assertThat(value("Orvan Steel sees weak demand in the near term.", "near term")).isEqualTo("FUTURE_REF");
        assertThat(value("The loss will cut Orvan Steel's taxes in future quarters.", "quarters"))
                .isEqualTo("FUTURE_REF");
    }

    @Test
    void decadesTakeTheirThreeDigitValue() {
        assertThat(value("The mill thrived in the late 1970s.", "1970s")).isEqualTo("197");
        assertThat(value("The mill thrived in the '80s.", "80s")).isEqualTo("198");
        assertThat(value("The mill thrived in the nineties.", "nineties")).isEqualTo("199");
        assertThat(value("The mill thrived in the twenties.", "twenties")).isEqualTo("202");
        assertThat(value("The mill thrived in the twenties.", "twenties", LocalDate.of(2015, 6, 1))).isEqualTo("192");
    }

    @Test
    void theLastHalfOfAYearIsItsSecond() {
        assertThat(value("Output recovered in the last half of 2022.", "half")).isEqualTo("2022-H2");
        assertThat(value("Output fell in the first half of 2022.", "half")).isEqualTo("2022-H1");
    }

    @Test
    void earningsComparisonsNameTheSameQuarterAYearBefore() {
        // the anchor is 2024-11-18: the latest quarter reported is the third
        String report = "Orvan Steel earned $4 million in the third quarter. Sales rose 5% to $90 million. "
                + "Profit was $3 million a year earlier.";
        assertThat(value(report, "a year earlier")).isEqualTo("2023-Q3");
        assertThat(value("Orvan Steel earned $4 million, up from $3 million in the 2023 quarter.", "2023"))
                .isEqualTo("2023-Q3");
        assertThat(tag("Orvan Steel beat its result of the year-earlier second quarter.", ANCHOR))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the year-earlier second quarter", "2023-Q2"));
        assertThat(tag("Sales fell from the quarter a year ago.", ANCHOR))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the quarter a year ago", "2023-Q3"));
        assertThat(value("Orvan Steel beat last year's quarter.", "last year")).isEqualTo("2023-Q3");
        assertThat(value("Profit doubled from the same period last year.", "period")).isEqualTo("2023-Q3");
        assertThat(value("The Tarsk mill opened a year ago.", "a year ago")).isEqualTo("2023");
    }

    @Test
    void nineMonthsComparedWithAYearEarlierAreTheYearBefore() {
        // the anchor is 2024-11-18; the report is on the third quarter, but this sentence compares nine months
        String report = "Orvan Steel earned $4 million in the third quarter. For the nine months, it earned "
                + "$9 million, up from $7 million a year earlier.";
        assertThat(value(report, "a year earlier")).isEqualTo("2023");
        assertThat(value("Orvan Steel earned $4 million in the third quarter, up from $3 million a year earlier. "
                + "For the nine months, it earned $9 million.", "a year earlier")).isEqualTo("2023-Q3");
    }

    @Test
    void aReportOnAFiscalQuarterComparesWithThatQuarter() {
        // the anchor is 2024-11-18: the latest calendar quarter is the third, but the report names its fiscal first
        String report = "Orvan Steel said its fiscal first quarter, ended Sept. 30, brought a profit of $4 million. "
                + "Sales in the quarter rose 5%, and profit was $3 million a year earlier. "
                + "The latest period also held a gain on the sale of the Tarsk mill.";
        assertThat(value(report, "fiscal first quarter")).isEqualTo("2024-Q1");
        assertThat(value(report, "the quarter")).isEqualTo("2024-Q1");
        assertThat(value(report, "a year earlier")).isEqualTo("2023-Q1");
        assertThat(value(report, "latest period")).isEqualTo("2024-Q1");
        assertThat(value(report + " In the 2023 period, it had no such gain.", "2023")).isEqualTo("2023-Q1");
    }

    @Test
    void lastYearsFigureInAQuarterlyReportIsTheQuarterAYearBefore() {
        String report = "Orvan Steel earned $4 million in the third quarter, compared with a loss of $3 million last "
                + "year. Sales rose from last year's $80 million. Last year the company also closed the Tarsk mill.";
        assertThat(tag(report, ANCHOR)).filteredOn(t -> t.text().equalsIgnoreCase("last year"))
                .extracting(TimeExpression::value).containsExactly("2023-Q3", "2023-Q3", "2023");
        assertThat(value("The Marrow fair drew 40,000 visitors, up from 35,000 last year.", "last year"))
                .isEqualTo("2023");
    }

    @Test
    void aQuarterOfAnotherYearOrNoneSetsNoReportedQuarter() {
        String comparison = "Orvan Steel had its best result since the second quarter of 2019. "
                + "Sales in the quarter rose 5%.";
        assertThat(value(comparison, "the quarter")).isEqualTo("2024-Q3");
        assertThat(value("Ticket sales at the Marrow fair in the latest period were strong.", "period"))
                .isEqualTo("<none>");
    }

    @Test
    void aSeasonAfterIntoOrThroughIsNamed() {
        assertThat(value("Shortages at the Tarsk mill lasted well into the summer.", "summer")).isEqualTo("2024-SU");
        assertThat(value("The Marrow inn stayed open through the spring.", "spring")).isEqualTo("2024-SP");
    }

    @Test
    void aWeekdaysEveningOrAfternoonKeepsThePartOfDay() {
        assertThat(value("The council met on Sunday evening.", "Sunday")).isEqualTo("2024-11-17TEV");
        assertThat(value("The ferry sailed Saturday afternoon.", "Saturday")).isEqualTo("2024-11-16TAF");
        assertThat(value("The fire at the Tarsk mill broke out Friday night.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("Mayor Tilda Brandt spoke Friday morning.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The Tarsk mill closed yesterday afternoon.", "yesterday")).isEqualTo("2024-11-17TAF");
    }

    @Test
    void willOrWouldHeadingTheClauseLooksAheadUnlessAPastVerbFollows() {
        assertThat(value("Colonel Ilse Varn will be named commander of the Arlenburg crew for a mission in March.",
                "March")).isEqualTo("2025-03");
        assertThat(value("The relatives would recall how the boy was rescued off the coast of Valdoria in March.",
                "March")).isEqualTo("2024-03");
    }

    @Test
    void aParticipleAfterGetIsAPassiveAndNoPastCue() {
        // "got" itself still looks back
        assertThat(List.of(value("The Tarsk mill is going to start getting beat up in the spring.", "spring"),
                value("The Tarsk mill got beat up in the spring.", "spring"))).containsExactly("2025-SP", "2024-SP");
    }

    @Test
    void aFutureAuxiliaryEarlierInTheSentenceReachesAClauseWithoutACue() {
        String text = "The airline said two new ferries would leave Arlenburg on weekdays from March 30, with a third "
                + "sailing each Thursday from August 6.";
        assertThat(List.of(value(text, "March"), value(text, "August"))).containsExactly("2025-03-30", "2025-08-06");
        // a past form between the auxiliary and the date ends its reach
        assertThat(value("The mayor would say only that the Tarsk mill reopened, with the first shift back from "
                + "August 6.", "August")).isEqualTo("2024-08-06");
    }

    @Test
    void aPossessiveWeekdayIsTheDayOfSomethingThatHappened() {
        // the anchor is Monday 2024-11-18
        assertThat(value("The Brandt family will appeal against Wednesday's ruling.", "Wednesday"))
                .isEqualTo("2024-11-13");
        assertThat(value("The ferry will sail on Wednesday.", "Wednesday")).isEqualTo("2024-11-20");
    }

    @Test
    void aMonthInAClauseWithoutTenseCuesIsThePastOneUnlessADeadline() {
        // mid-October: April is nearer ahead than back, but a report names a month mostly for what happened
        LocalDate october = LocalDate.of(2024, 10, 24);
        assertThat(value("Sales at Orvan Steel were hampered by problems tied to the launch of its new mill in April.",
                "April", october)).isEqualTo("2024-04");
        assertThat(value("The Marrow ferry line must repay its loan by February.", "February", october))
                .isEqualTo("2025-02");
        assertThat(value("The Marrow ferry line keeps its credit line through January.", "January",
                october)).isEqualTo("2025-01");
    }

    @Test
    void aMonthWithARelativeYearIsOneExpression() {
        LocalDate february = LocalDate.of(2024, 2, 19);
        TimeExpression june = find("But in June last year, the Tarsk council split.", "June", february).orElseThrow();
        assertThat(june.text()).isEqualTo("in June last year");
        assertThat(june.value()).isEqualTo("2023-06");
        assertThat(value("In January this year, the mill reopened.", "January", february)).isEqualTo("2024-01");
        assertThat(value("Valdoria joins the league in April next year.", "April", february)).isEqualTo("2025-04");
        assertThat(value("The ratification began in early October this year.", "October", february))
                .isEqualTo("2024-10");
        assertThat(tag("In June last year, the Tarsk council split.", february)).hasSize(1);
    }

    @Test
    void aMonthWithASpokenYearIsOneExpression() {
        TimeExpression t = find("January nineteen ninety-seven. A second blast hit Marrow.", "January", ANCHOR)
                .orElseThrow();
        assertThat(t.text()).isEqualTo("January nineteen ninety-seven");
        assertThat(t.value()).isEqualTo("1997-01");
    }

    @Test
    void aSeasonWithASpokenYearIsOneExpression() {
        TimeExpression t = find("That is the level we saw in the winter of nineteen ninety-four.", "winter", ANCHOR)
                .orElseThrow();
        assertThat(t.text()).isEqualTo("in the winter of nineteen ninety-four");
        assertThat(t.value()).isEqualTo("1994-WI");
    }

    @Test
    void ordinalCenturiesTakeTheirTwoDigitValue() {
        assertThat(value("It was the worst flood of the 20th century.", "century")).isEqualTo("19");
        assertThat(value("The abbey dates from the 11th century.", "century")).isEqualTo("10");
    }

    @Test
    void aRateAfterAnAmountIsNoDuration() {
        assertThat(tag("The merger should save Orvan Steel $500 million a year in costs.", ANCHOR)).isEmpty();
        assertThat(tag("Rooms at the Marrow inn will cost $55 a night.", ANCHOR)).isEmpty();
        assertThat(tag("The line adds four flights a week to Tarsk.", ANCHOR)).isEmpty();
        assertThat(value("The talks lasted a year.", "a year")).isEqualTo("P1Y");
        assertThat(value("The ferry sails twice a week.", "week")).isEqualTo("P1W");
    }

    @Test
    void thePastYearIsTheCalendarYearBefore() {
        assertThat(find("Hate mail rose sharply over the past year.", "past year", ANCHOR).orElseThrow())
                .extracting(TimeExpression::value, TimeExpression::type).containsExactly("2023", TimeType.DATE);
        assertThat(value("The plant will close over the next year.", "next year")).isEqualTo("2025");
        assertThat(value("The siege lasted the past three years.", "three years")).isEqualTo("P3Y");
        assertThat(value("Prices rose over the past week.", "past week")).isEqualTo("P1W");
    }

    @Test
    void countedQuartersAreDurationsButFractionsAreNot() {
        assertThat(value("Orvan Steel has had losses in the past two quarters.", "quarters")).isEqualTo("P2Q");
        assertThat(value("It turned a profit after several quarters of losses.", "quarters")).isEqualTo("PXQ");
        assertThat(tag("Three quarters of the shares were sold.", ANCHOR)).isEmpty();
    }

    @Test
    void theReportingYearWithoutAnEndDateIsTheCurrentYear() {
        assertThat(value("Orvan Steel forecast higher earnings for the full year.", "full year")).isEqualTo("2024");
        assertThat(value("Lower earnings will follow for the fiscal year.", "fiscal year")).isEqualTo("2024");
        assertThat(value("The stock hit a high for the year of $42 in June.", "the year")).isEqualTo("2024");
        assertThat(value("Orvan Steel earned $9 million in the first nine months of the year.", "the year"))
                .isEqualTo("2024");
        assertThat(value("Orvan Steel lost money in the first half of the year.", "the year")).isEqualTo("2024");
    }

    @Test
    void smallerRulesOfTheGuidelines() {
        assertThat(value("The landing took a minute and a half.", "minute")).isEqualTo("PT1M30S");
        assertThat(value("Over the next couple of years the mill will grow.", "couple")).isEqualTo("P2Y");
        assertThat(value("Over the years the mill grew.", "years")).isEqualTo("PXY");
        assertThat(value("Marrow will live without power for a while.", "while")).isEqualTo("PXX");
        assertThat(value("Valdoria will one day host the games.", "one day")).isEqualTo("FUTURE_REF");
        assertThat(value("The strike lasted one day.", "one day")).isEqualTo("P1D");
        assertThat(value("The judge sits at midday.", "midday")).isEqualTo("2024-11-18T12:00");
        assertThat(value("Voters in Arlenburg go to the polls on Election Day.", "Election Day"))
                .isEqualTo("2024-11-05");
    }

    @Test
    void easterMovesWithTheComputusAndTheClausesTense() {
        // the anchor is Monday 2024-11-18: Easter fell on March 31 in 2024 and falls on April 20 in 2025
        assertThat(value("Crowds filled the Marrow square at Easter.", "Easter")).isEqualTo("2024-03-31");
        assertThat(value("The Tarsk choir will sing on Easter Sunday.", "Easter")).isEqualTo("2025-04-20");
        assertThat(value("The ferry did not sail on Easter Monday.", "Easter")).isEqualTo("2024-04-01");
        // on Monday 2000-04-17, the week ending on Easter Sunday, April 23, had just begun
        assertThat(value("Pilgrims reached Arlenburg as Easter week began.", "Easter", LocalDate.of(2000, 4, 17)))
                .isEqualTo("2000-W16");
        assertThat(tag("The envoy flew to Easter Island, painted an Easter egg and gave to Easter Seals.", ANCHOR))
                .isEmpty();
        assertThat(Days.easterSunday(1998)).isEqualTo(LocalDate.of(1998, 4, 12));
        assertThat(Days.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(Days.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void lengthsWrittenOtherwise() {
        assertThat(value("The envoys stay for at least two more weeks.", "weeks")).isEqualTo("P2W");
        assertThat(value("The lease may run for an additional year.", "year")).isEqualTo("P1Y");
        assertThat(value("They left their third day-long meeting.", "day-long")).isEqualTo("P1D");
        assertThat(value("The weeks-long strike ended.", "weeks-long")).isEqualTo("PXW");
        // TimeML tags the length of "two days before the vote" and leaves "before" to a signal
        assertThat(find("The banks must wait at least 30 days before closing.", "30", ANCHOR).orElseThrow())
                .extracting(TimeExpression::text, TimeExpression::value).containsExactly("30 days", "P30D");
        assertThat(value("A day earlier, trucks crossed into Tarsk.", "day")).isEqualTo("P1D");
        assertThat(value("The toll road opened two years ago.", "two years")).isEqualTo("2022");
    }

    @Test
    void theWeekOfADayIsThatDaysWeek() {
        TimeExpression t = find("Hearings are set for the week of March 6.", "week", LocalDate.of(2000, 2, 24))
                .orElseThrow();
        assertThat(t.text()).isEqualTo("the week of March 6");
        assertThat(t.value()).isEqualTo("2000-W10");
    }

    @Test
    void anInitialOrATitleDoesNotEndTheSentenceTheTenseIsReadFrom() {
        // "P." would otherwise cut "will" off from "Feb. 1", and the date would be read as last February's
        LocalDate october = LocalDate.of(2024, 10, 24);
        assertThat(value("Mr. Okafor will succeed Ilse P. Marquardt Feb. 1 at the Marrow port.", "Feb. 1", october))
                .isEqualTo("2025-02-01");
    }

    @Test
    void aPassiveAfterBeIsNoPastTense() {
        // mid-February: "held" after "be" is no past form, so "will" decides: April is this year's
        LocalDate february = LocalDate.of(2024, 2, 10);
        assertThat(value("The summit will be held in Tarsk on April 24.", "April 24", february))
                .isEqualTo("2024-04-24");
    }

    @Test
    void soonIsAheadOnlyWhereTheClauseLooksAhead() {
        assertThat(value("Orvan Steel will soon open a second mill.", "soon")).isEqualTo("FUTURE_REF");
        assertThat(value("The board wants the deal signed as soon as possible.", "soon")).isEqualTo("FUTURE_REF");
        assertThat(tag("The mayor was soon released.", ANCHOR)).isEmpty();
        assertThat(tag("Talks resume as soon as the envoys arrive.", ANCHOR)).isEmpty();
    }

    @Test
    void thePastFollowedByACountIsNoReferenceToThePast() {
        assertThat(tag("Riots have marred the past three summers in Tarsk.", ANCHOR))
                .extracting(TimeExpression::value).doesNotContain("PAST_REF");
        assertThat(value("In the past, the mill flooded.", "past")).isEqualTo("PAST_REF");
    }

    @Test
    void aCapitalisedUnitNamesATitle() {
        assertThat(tag("The minister spoke on the programme \"This Week\" about the port.", ANCHOR)).isEmpty();
        assertThat(tag("They watched the film \"High Noon\" again.", ANCHOR)).isEmpty();
        assertThat(value("Noon came and went.", "Noon")).isEqualTo("2024-11-18T12:00");
        assertThat(tag("Mayor Tilda Brandt told the programme 48 Hours about the port.", ANCHOR)).isEmpty();
        assertThat(value("Arlenburg Talks Stall After Three Days Of Fighting", "Days")).isEqualTo("P3D");
    }

    @Test
    void isToPointsAhead() {
        // the anchor is a Monday; "is to resume" is arranged, not done
        assertThat(value("Trading in Orvan Steel is to resume in Tarsk Thursday.", "Thursday"))
                .isEqualTo("2024-11-21");
    }

    @Test
    void pluralWeekdaysAreSets() {
        assertThat(find("The Marrow market opens on Tuesdays.", "Tuesdays", ANCHOR).orElseThrow())
                .extracting(TimeExpression::value, TimeExpression::type).containsExactly("XXXX-WXX-2", TimeType.SET);
        assertThat(value("The choir sings on Friday nights.", "Friday nights")).isEqualTo("XXXX-WXX-5TNI");
    }

    @Test
    void aReportingYearEndedOnADateIsOneYearLong() {
        assertThat(find("Orvan Steel earned $9 million for the year ended June 30.", "the year", ANCHOR).orElseThrow())
                .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::type)
                .containsExactly("the year", "P1Y", TimeType.DURATION);
        assertThat(value("Orvan Steel lost money in the fiscal year ending in March.", "fiscal year")).isEqualTo("P1Y");
        assertThat(tag("The year was hard for Orvan Steel.", ANCHOR)).isEmpty();
    }

    @Test
    void pointersBackResolveAgainstTheDateTheTextGave() {
        String text = "The Tarsk mill opened in 2019. Later that year it flooded, and the following year it closed.";
        assertThat(value(text, "that year")).isEqualTo("2019");
        assertThat(value(text, "following year")).isEqualTo("2020");
        assertThat(value("The vote was held on March 3, 2021. The following day, crowds gathered.", "following day"))
                .isEqualTo("2021-03-04");
        assertThat(value("Fares rose in June 2022. That month, ridership fell.", "That month")).isEqualTo("2022-06");
        // nothing to point back at: left out rather than guessed
        assertThat(find("That day, nobody in Marrow spoke.", "day", ANCHOR)).isEmpty();
    }

    @Test
    void lastAloneAfterThisYearAsStandsForLastYear() {
        assertThat(find("Orvan Steel expects twice as high a dividend this year as last.", "last", ANCHOR)
                .orElseThrow()).extracting(TimeExpression::text, TimeExpression::value).containsExactly("last", "2023");
        assertThat(value("Ferry traffic grew faster this month than last.", "last")).isEqualTo("2024-10");
        assertThat(find("The Tarsk mill flooded this year as last time, the mayor said.", "last", ANCHOR)).isEmpty();
    }

    @Test
    void theNextDayOrMorningInANarrativeIsTheDayAfterTheOneTold() {
        String text = "The ferry ran aground on March 3, 2021. The next morning, divers reached the hull.";
        assertThat(find(text, "next morning", ANCHOR).orElseThrow())
                .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::type)
                .containsExactly("The next morning", "2021-03-04", TimeType.DATE);
        assertThat(value("Mayor Tilda Brandt resigned on Oct. 2, 2023, and left Marrow the next day.", "next day"))
                .isEqualTo("2023-10-03");
        assertThat(value("The strike began on June 8, 2022; talks resumed the next evening.", "next evening"))
                .isEqualTo("2022-06-09TEV");
        // after "over" or "within", or before "or two", it is a stretch ahead, not the day after the one told of
        assertThat(value("The ferry ran aground on Nov. 2, 2024. Salvage will take over the next day or two.",
                "next day")).isEqualTo("P1D");
        // "the next month" and "the next year" still count from the article's date
        assertThat(value("The Tarsk mill opened in 2019. Output will double in the next year.", "next year"))
                .isEqualTo("2025");
    }

    @Test
    void everyNamedMonthIsASet() {
        assertThat(find("The Marrow fair returns each July.", "July", ANCHOR).orElseThrow())
                .extracting(TimeExpression::value, TimeExpression::type).containsExactly("XXXX-07", TimeType.SET);
        assertThat(tag("They said every may come.", ANCHOR)).isEmpty();
    }

    @Test
    void theWeekendIsTheOneTheTenseSays() {
        // the anchor is Monday 2024-11-18, in ISO week 47
        assertThat(value("The ferry sank over the weekend.", "weekend")).isEqualTo("2024-W46-WE");
        assertThat(value("The ferry will sail over the weekend.", "weekend")).isEqualTo("2024-W47-WE");
    }


    @Test
    void aHedgedCountBeforeAgoStillCountsBack() {
        // the anchor is Monday 2024-11-18, in ISO week 47
        TimeExpression t = find("A week or so ago, the mayor picked the date.", "week", ANCHOR).orElseThrow();
        assertThat(t.text()).isEqualTo("A week or so ago");
        assertThat(t.value()).isEqualTo("2024-W46");
    }

    @Test
    void theFirstOrLastTwoQuartersAreAHalf() {
        assertThat(value("Sales will fall through the first two quarters of 1990.", "quarters")).isEqualTo("1990-H1");
        assertThat(value("Profit rose in the last two quarters of 2023.", "quarters")).isEqualTo("2023-H2");
    }

    @Test
    void midAfternoonIsAPartOfTheDayItFallsOn() {
        assertThat(value("At mid-afternoon yesterday, the shares were up.", "afternoon")).isEqualTo("2024-11-17TAF");
        assertThat(value("By mid afternoon, the shelling had stopped.", "afternoon")).isEqualTo("2024-11-18TAF");
        assertThat(value("He spoke at midmorning on Friday.", "morning")).isEqualTo("2024-11-15TMO");
    }

    @Test
    void anHourInTheMorningOrEveningIsAClockTime() {
        assertThat(value("The ferry leaves at 4 in the morning.", "morning")).isEqualTo("2024-11-18T04:00");
        assertThat(value("The ferry leaves at 6 in the evening.", "evening")).isEqualTo("2024-11-18T18:00");
    }

    @Test
    void aClockTimeTakesTheDayABracketAfterItGives() {
        String restated = "The father left at 4 in the morning (4 a.m. EDT Wednesday), officials said.";
        assertThat(value(restated, "4 in the morning")).isEqualTo("2024-11-13T04:00");
        String converted = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.";
        assertThat(value(converted, "10:35")).isEqualTo("2024-11-15T10:35");
        assertThat(find(converted, "Friday", ANCHOR).map(TimeExpression::text)).contains("Friday");
        assertThat(value("The vote closes at 5 p.m. (the deadline).", "5 p.m.")).isEqualTo("2024-11-18T17:00");
    }

    @Test
    void theDayBeforeOrAfterADayIsCountedFromIt() {
        // the anchor is Monday 2024-11-18
        TimeExpression t = find("The day before last Tuesday's hearing, Manuel went to the house.", "day before",
                ANCHOR).orElseThrow();
        assertThat(t.text()).isEqualTo("The day before last Tuesday's");
        assertThat(t.value()).isEqualTo("2024-11-11");
        assertThat(value("They will meet the day after Christmas.", "day after")).isEqualTo("2024-12-26");
        assertThat(find("He came the day after his death.", "day", ANCHOR)).isEmpty();
    }

    @Test
    void aYearAfterPreOrPostIsThatYear() {
        assertThat(value("The post-1959 politics split families.", "1959")).isEqualTo("1959");
        assertThat(find("The post-1959 politics split families.", "1959", ANCHOR).map(TimeExpression::text))
                .contains("post-1959");
        assertThat(value("Its pre-2008 rules were looser.", "2008")).isEqualTo("2008");
    }

    @Test
    void todayInATitleIsNoDay() {
        assertThat(tag("The mayor told USA Today that the bridge was safe.", ANCHOR)).isEmpty();
        assertThat(tag("He said so on NBC's Today show.", ANCHOR)).isEmpty();
        assertThat(tag("This is VOA Today.", ANCHOR)).isEmpty();
        assertThat(value("Today, the bridge reopened.", "Today")).isEqualTo("2024-11-18");
        assertThat(value("The mayor said Today is a good day.", "Today")).isEqualTo("2024-11-18");
    }

    @Test
    void weeksOrMonthsIsOneStretch() {
        List<TimeExpression> found = tag("He probably died within weeks or months of his capture.", ANCHOR);
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("weeks or months", "PXW"));
    }

    @Test
    void everyQuarterIsASetOfQuarters() {
        assertThat(tag("The company must pay $100 million in interest every quarter.", ANCHOR))
                .extracting(TimeExpression::value, TimeExpression::type).containsExactly(
                        tuple("P1Q", TimeType.SET));
        assertThat(value("Dividends are paid every other quarter.", "quarter")).isEqualTo("P2Q");
    }

    @Test
    void thenCurrentIsThePast() {
        TimeExpression t = find("Holders may buy shares at half the then current price.", "current", ANCHOR)
                .orElseThrow();
        assertThat(t.text()).isEqualTo("then current");
        assertThat(t.value()).isEqualTo("PAST_REF");
        assertThat(value("Holders may buy shares at half the current price.", "current")).isEqualTo("PRESENT_REF");
    }

    @Test
    void aSecondDayAfterAMonthAndDayIsADateOfItsOwn() {
        LocalDate february = LocalDate.of(1999, 2, 10);
        String summit = "A ceremony will be held at the summit on April 24 and 25.";
        assertThat(value(summit, "April 24", february)).isEqualTo("1999-04-24");
        assertThat(tag(summit, february)).extracting(TimeExpression::text, TimeExpression::value)
                .contains(tuple("25", "1999-04-25"));
        assertThat(tag("Turnout on Nov. 5 and 25 percent of the rest were counted.", ANCHOR))
                .extracting(TimeExpression::text).doesNotContain("25");
    }

    @Test
    void aMonthBetweenAnArticleAndANounIsAMonth() {
        LocalDate february = LocalDate.of(1999, 2, 10);
        assertThat(value("The March accession will let them sign.", "March", february)).isEqualTo("1999-03");
        assertThat(value("It is trying to sell itself under a June agreement.", "June")).isEqualTo("2024-06");
        assertThat(tag("Thousands joined the March on Washington.", ANCHOR)).isEmpty();
        assertThat(tag("She met a May Department Stores buyer.", ANCHOR)).isEmpty();
    }
    @Test
    void aYearAgoComparesWithTheQuarterItsSentenceNames() {
        // the anchor is 2024-11-18: the roundup leads with one company's fiscal first quarter, then another's third
        String roundup = "Orvan Steel said its fiscal first quarter, ended Sept. 30, brought a profit of $4 million, "
                + "up from $3 million a year earlier. Separately, Tarsk Mills reported third-quarter profit of $2 "
                + "million, up from $1 million a year earlier. Sales at Tarsk rose from a year ago.";
        assertThat(tag(roundup, ANCHOR)).filteredOn(t -> t.text().contains("year"))
                .extracting(TimeExpression::value).containsExactly("2023-Q1", "2023-Q3", "2023-Q1");
    }

    @Test
    void aRoundupsParagraphReportsTheQuarterItNamesFirst() {
        // the anchor is 2024-11-18: the roundup leads with one company's third quarter, then gives another company
        // its own paragraph on its fiscal first quarter
        String tarsk = "Tarsk Mills posted net income for the fiscal first quarter of $2 million. The latest period "
                + "included a gain. Last year's results were hurt by charges.";
        String roundup = "Orvan Steel said third-quarter profit rose 10%.\n\n" + tarsk;
        assertThat(tag(roundup, ANCHOR)).filteredOn(t -> t.text().contains("period") || t.text().contains("Last"))
                .extracting(TimeExpression::value).containsExactly("2024-Q1", "2023-Q1");
        // in one paragraph the quarter the report led with stays the one reported
        String oneParagraph = "Orvan Steel said third-quarter profit rose 10%. " + tarsk;
        assertThat(tag(oneParagraph, ANCHOR)).filteredOn(t -> t.text().contains("period"))
                .extracting(TimeExpression::value).containsExactly("2024-Q3");
    }

    @Test
    void aModalHeadingTheClauseLooksAhead() {
        LocalDate december = LocalDate.of(1998, 12, 5);
        assertThat(value("With their seats secure, they also can take part in planning for the summit in April.",
                "April", december)).isEqualTo("1999-04");
        assertThat(value("With their seats secure, they took part in planning for the summit in April.",
                "April", december)).isEqualTo("1998-04");
        // the month "May" is no modal
        assertThat(value("Figures may show the shipping of grain to the northern port in April.", "April",
                december)).isEqualTo("1999-04");
        assertThat(value("Figures for May show the shipping of grain to the northern port in April.", "April",
                december)).isEqualTo("1998-04");
    }

    @Test
    void aCountedDayOfWhatIsGoingOnIsToday() {
        assertThat(value("Today is the eighth day of the Tarsk blockade.", "eighth day")).isEqualTo("2024-11-18");
        assertThat(value("It's the second day of a strike at the Orvan mill.", "second day")).isEqualTo("2024-11-18");
        assertThat(value("The vote was the second day of the congress.", "second day")).isEqualTo("<none>");
    }

    @Test
    void aLaterDateIsTheFuture() {
        assertThat(value("Orvan Steel may sell more shares at a later date.", "later date")).isEqualTo("FUTURE_REF");
        assertThat(value("The hearing was moved to a future date.", "future date")).isEqualTo("FUTURE_REF");
    }

    @Test
    void tradingAndStraightDaysAreCounted() {
        assertThat(value("Eight trading days after the crash, the index had recovered.", "trading days"))
                .isEqualTo("P8D");
        assertThat(value("Prices at the Marrow market have risen for 10 straight months.", "months"))
                .isEqualTo("P10M");
    }

    @Test
    void aQuarterOrHalfOfARelativeYearIsOneExpression() {
        assertThat(tag("Orvan Steel will list its shares in the first half of next year.", ANCHOR))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("the first half of next year", "2025-H1"));
        assertThat(value("Sales slumped in the third quarter of last year.", "quarter")).isEqualTo("2023-Q3");
        assertThat(value("Sales recovered in the first quarter of this year.", "quarter")).isEqualTo("2024-Q1");
    }

    @Test
    void anArticleBeforeAPluralUnitCountsNothing() {
        assertThat(tag("The deal ends a months-long dispute over the Tarsk mill.", ANCHOR))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("months-long", "PXM"));
        assertThat(value("The deal ends a month-long dispute.", "month-long")).isEqualTo("P1M");
    }

    @Test
    void aMonthAfterADeadlineWordAndMidIsAhead() {
        assertThat(value("The Marrow skating season runs through mid-March.", "March")).isEqualTo("2025-03");
        assertThat(value("The depot must be finished by the end of March.", "March")).isEqualTo("2025-03");
    }

    @Test
    void thisSeasonFollowsTheClausesTense() {
        assertThat(value("The talks began in earnest this spring.", "spring")).isEqualTo("2024-SP");
        assertThat(value("The Tarsk mill will reopen this spring.", "spring")).isEqualTo("2025-SP");
        assertThat(value("This summer has been the driest on record.", "summer")).isEqualTo("2024-SU");
    }

    @Test
    void aCountAfterAWordOfAmountIsNoYear() {
        assertThat(tag("More than 2000 people marched through Arlenburg.", ANCHOR)).isEmpty();
        assertThat(tag("Up to 1500 workers at the Tarsk mill may lose their jobs.", ANCHOR)).isEmpty();
        assertThat(value("About 1990 was a good year for the mill.", "1990")).isEqualTo("1990");
        assertThat(value("The 1992 protests closed the Marrow bridge.", "1992")).isEqualTo("1992");
    }

    @Test
    void theLastMinuteIsNoLength() {
        assertThat(tag("The strike at the Tarsk mill was called off at the last minute.", ANCHOR)).isEmpty();
        assertThat(value("Prices fell in the past minute.", "minute")).isEqualTo("PT1M");
    }

    @Test
    void everyCountedIntervalRecurs() {
        assertThat(tag("Valdorians elect a council every four years.", ANCHOR))
                .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::type)
                .containsExactly(tuple("every four years", "P4Y", TimeType.SET));
        assertThat(value("The ferry runs every 15 minutes.", "minutes")).isEqualTo("PT15M");
    }

    @Test
    void aWeekdayAfterAnEndPointLooksAhead() {
        // the anchor is Monday 2024-11-18
        assertThat(value("Voting in Arlenburg continues through Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("The fair ran through Friday.", "Friday")).isEqualTo("2024-11-15");
    }

    @Test
    void aBareVerbAfterToOrAModalTellsNoPast() {
        // the anchor is Monday 2024-11-18: "hit" and "cut" are past forms too, but not after "to" or "will"
        assertThat(value("The storm will hit the Valdorian coast on Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("Orvan Steel plans to cut the price on Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("The storm hit the Valdorian coast on Friday.", "Friday")).isEqualTo("2024-11-15");
    }

    @Test
    void sinceLooksBackOnly() {
        // the anchor is Monday 2024-11-18: a month or day only weeks ahead is no exception after "since"
        assertThat(value("The fighting has killed 500 people since January.", "January")).isEqualTo("2024-01");
        assertThat(value("Prices at the Marrow market have risen since Dec. 2.", "Dec. 2")).isEqualTo("2023-12-02");
        assertThat(value("The mayor has been missing since Tuesday.", "Tuesday")).isEqualTo("2024-11-12");
    }

    @Test
    void aQuarterAfterADeadlineIsAhead() {
        // the anchor is 2024-11-18: a bare quarter is the latest begun, but "by the end of" one looks ahead
        assertThat(value("Orvan Steel lost money in the first quarter.", "quarter")).isEqualTo("2024-Q1");
        assertThat(value("The Tarsk sale should close by the end of the first quarter.", "quarter"))
                .isEqualTo("2025-Q1");
        assertThat(value("The Marrow line stays shut until the first half.", "half")).isEqualTo("2025-H1");
    }

    @Test
    void twoQuartersUnderOneNounAreTwoExpressions() {
        // the anchor is 2024-11-18: a specific pair is this year's, as a single quarter would be
        List<TimeExpression> found = tag("Orvan Steel lost money in the second and third quarters.", ANCHOR);
        assertThat(found).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
                .containsExactly(tuple("second", TimeType.DATE, "2024-Q2"),
                        tuple("third quarters", TimeType.DATE, "2024-Q3"));
        assertThat(tag("Tarsk Mills will expand in the first and second halves of 2026.", ANCHOR))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("first", "2026-H1"), tuple("second halves of 2026", "2026-H2"));
        // no half beyond the second
        assertThat(tag("The third and fourth halves of the match were dull.", ANCHOR)).isEmpty();
    }

    @Test
    void quartersOfAHabitualClauseAreEveryYears() {
        List<TimeExpression> found = tag("The Marrow fair usually draws most of its visitors in the first and "
                + "fourth quarters.", ANCHOR);
        assertThat(found).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
                .containsExactly(tuple("first", TimeType.SET, "XXXX-Q1"),
                        tuple("fourth quarters", TimeType.SET, "XXXX-Q4"));
        assertThat(tag("The second and third quarters are typically slow for Tarsk Mills.", ANCHOR))
                .extracting(TimeExpression::value).containsExactly("XXXX-Q2", "XXXX-Q3");
        // the habit is the sentence's, not the previous one's
        assertThat(tag("Ferries usually run late. Tarsk Mills lost money in the first and second quarters.", ANCHOR))
                .extracting(TimeExpression::value).containsExactly("2024-Q1", "2024-Q2");
    }

    @Test
    void thisQuartersResultsAreTheReportedQuarter() {
        // the anchor is 2024-11-18: the calendar quarter is the fourth, the latest reported the third
        assertThat(value("This quarter's loss at Orvan Steel includes a charge.", "quarter")).isEqualTo("2024-Q3");
        assertThat(value("The Tarsk mill will reopen this quarter.", "quarter")).isEqualTo("2024-Q4");
    }

    @Test
    void theQuarterEndedOnADayIsTheQuarterOfThatEnd() {
        // the anchor is 2024-11-18: the latest calendar quarter is the third, but this one ended July 31
        String report = "In the quarter ended July 31, Tarsk Mills earned $2 million, up from $1 million a year "
                + "earlier.";
        assertThat(value(report, "the quarter")).isEqualTo("2024-Q2");
        assertThat(value(report, "a year earlier")).isEqualTo("2023-Q2");
        assertThat(value("In the quarter ended Sept. 30, Tarsk Mills earned $2 million.", "the quarter"))
                .isEqualTo("2024-Q3");
    }

    @Test
    void theRestOfTheYearIsTheYear() {
        assertThat(value("The Tarsk mill will stay closed for the rest of the year.", "rest")).isEqualTo("2024");
    }

    @Test
    void weekdaysNamedTogetherFallTogether() {
        // the anchor is Monday 2024-11-18
        assertThat(tag("The storm is forecast to hit late Wednesday or early Thursday.", ANCHOR))
                .extracting(TimeExpression::value).containsExactly("2024-11-20", "2024-11-21");
        assertThat(tag("Statements were made Friday and Thursday by the mayor.", ANCHOR))
                .extracting(TimeExpression::value).containsExactly("2024-11-15", "2024-11-14");
    }

    @Test
    void longestOverlapWins() {
        List<TimeExpression> found = tag("The toll road opened three years ago in Arlenburg.", ANCHOR);
        assertThat(found).extracting(TimeExpression::text).containsExactly("three years ago");
    }

    @Test
    void offsetsAlwaysMatchTheText() {
        String text = "On Friday, 5 November 2021, at 10 a.m., the Valdoria Courier said the plan began last week "
                + "and would run for two weeks until the end of the month; now it is done. Ünïcödé 😀 in May.";
        for (TimeExpression t : tag(text, ANCHOR)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void emptyAndHostileInputYieldNothingOrValidSpans() {
        assertThat(tag("", ANCHOR)).isEmpty();
        assertThat(tag("   \n\n ", ANCHOR)).isEmpty();
        assertThat(tag("99/99/9999 31-02-2024 0-0-0000 Feb. 31 ))) ((( 1/2 ", ANCHOR))
                .allSatisfy(t -> assertThat(t.value()).doesNotContain("-02-31"));
        assertThat(tag("He left on Sunday.", LocalDate.MAX)).isNotNull();
        assertThat(tag("He left on Sunday.", LocalDate.MIN)).isNotNull();
        StringBuilder noise = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 5000; i++) {
            noise.append((char) (r.nextInt(0x300)));
        }
        String n = noise.toString();
        for (TimeExpression t : tag(n, ANCHOR)) {
            assertThat(n.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        String text = "On Sunday the council met. Last week it voted. In March it will vote again for two days.";
        List<TimeExpression> expected = tag(text, ANCHOR);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<TimeExpression>> results =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 8; i++) {
            Thread th = new Thread(() -> {
                for (int k = 0; k < 50; k++) {
                    results.add(tag(text, ANCHOR));
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(results).hasSize(400).allSatisfy(l -> assertThat(l).isEqualTo(expected));
    }

    @Test
    void aTimetableVerbInThePresentLooksAhead() {
        // the anchor is a Monday: the coming Friday is 11-22, the last one 11-15
        assertThat(value("The harbour committee meets Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("Mayor Brandt and the envoys meet separately Friday with the minister.", "Friday"))
                .isEqualTo("2024-11-22");
        assertThat(value("The Tarsk ferry strike begins Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("Okafor goes on trial in June.", "June")).isEqualTo("2025-06");
        // past, negated or a noun: no timetable
        assertThat(value("The harbour committee met Friday.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The harbour committee didn't meet Friday.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("Mayor Brandt was on leave Friday.", "Friday")).isEqualTo("2024-11-15");
    }

    @Test
    void anArrangementInThePresentLooksAhead() {
        assertThat(value("The Okafor trial is scheduled for Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("The mayor has scheduled a news conference Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("The Okafor trial was scheduled for Friday.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The mayor held a news conference Friday.", "Friday")).isEqualTo("2024-11-15");
        // "supposed to" is an arrangement; a concluded one is past
        assertThat(value("The Tarsk talks are supposed to conclude in June.", "June")).isEqualTo("2025-06");
        assertThat(value("The Tarsk talks concluded in June.", "June")).isEqualTo("2024-06");
        // "had expected to" tells of an expectation the story has moved past
        assertThat(value("The envoys had expected to leave on Friday.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The envoys expected to leave on Friday.", "Friday")).isEqualTo("2024-11-22");
    }

    @Test
    void aFutureVerbBetweenTheAuxiliaryAndTheDateKeepsTheClauseAhead() {
        // "begin" is too far from "Friday" to be its cue, but it does not stop "will" from heading the clause
        assertThat(value("The union will begin withdrawing its members from the Tarsk mills on Friday.", "Friday"))
                .isEqualTo("2024-11-22");
        assertThat(value("The union began withdrawing its members from the Tarsk mills on Friday.", "Friday"))
                .isEqualTo("2024-11-15");
    }

    @Test
    void aWireQuoteOpenedWithBackticksStartsANewSentence() {
        // without the break, "will" in the quote would be the nearest cue to "Friday"
        assertThat(value("The mayor toured the mills Friday. ``We will rebuild,'' she said.", "Friday"))
                .isEqualTo("2024-11-15");
        assertThat(value("The mayor will tour the mills Friday. ``We rebuilt,'' she said.", "Friday"))
                .isEqualTo("2024-11-22");
    }

    @Test
    void untilLooksAheadOnlyWhenNothingNegatesOrLeadsIt() {
        assertThat(value("Up until Friday, the envoys had refused to meet.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The shipment didn't arrive until Friday.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("It was not until Friday that the mayor spoke.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The shipment won't arrive until Friday.", "Friday")).isEqualTo("2024-11-22");
        assertThat(value("The envoys will stay until Friday.", "Friday")).isEqualTo("2024-11-22");
    }

    @Test
    void couldNotIsThePastOfCan() {
        assertThat(value("The envoys could not be reached Friday.", "Friday")).isEqualTo("2024-11-15");
        assertThat(value("The envoys could arrive as early as Friday.", "Friday")).isEqualTo("2024-11-22");
    }

    @Test
    void aPlanNamedAsANounTakesTheTenseOfItsVerb() {
        // March 2025 is 103 days ahead, too far for the near-date rule to overrule the cue
        assertThat(value("In March, Orvan Steel announced plans to build a mill.", "March")).isEqualTo("2024-03");
        assertThat(value("Orvan Steel plans to build a mill in March.", "March")).isEqualTo("2025-03");
    }

    @Test
    void aParticipleAfterAPresentBeIsAPresentPassive() {
        // February 2025 is 75 days ahead, February 2024 ended 263 days ago: the present takes the nearer
        assertThat(value("The Okafor appeal is heard in February.", "February")).isEqualTo("2025-02");
        assertThat(value("The Okafor appeal was heard in February.", "February")).isEqualTo("2024-02");
    }

    @Test
    void preferredSharesAreNoPastForm() {
        // "preferred" would otherwise be the past form nearest the date, and Feb. 3 last year's
        assertThat(value("Orvan Steel said it will redeem 9.5 million Series H preferred shares on Feb. 3 at a price"
                + " of $27.75 each.", "Feb. 3")).isEqualTo("2025-02-03");
        assertThat(value("Orvan Steel said it redeemed 9.5 million Series H preferred shares on Feb. 3 at a price"
                + " of $27.75 each.", "Feb. 3")).isEqualTo("2024-02-03");
    }

    @Test
    void aDateRightBeforeOrAfterAVerbOfSayingDatesTheSaying() {
        assertThat(value("Orvan Steel announced in March that it will build a mill.", "March")).isEqualTo("2024-03");
        assertThat(value("President Aldo Merin on Thursday said tariffs will rise.", "Thursday"))
                .isEqualTo("2024-11-14");
        assertThat(value("President Aldo Merin will speak on Thursday about tariffs.", "Thursday"))
                .isEqualTo("2024-11-21");
        // a participle after "be" is no saying done: the winner is still to be named
        assertThat(value("The winner, to be announced Sept. 9, will lead the party.", "Sept. 9"))
                .isEqualTo("2025-09-09");
        assertThat(value("The winner, announced Sept. 9, will lead the party.", "Sept. 9")).isEqualTo("2024-09-09");
    }

    @Test
    void aClockTimeEndsNoSentenceBeforeItsDay() {
        // a Wednesday paper: "a.m. Friday" is one expression, so "until" stays in the sentence of "Friday", after it
        LocalDate wednesday = LocalDate.of(2024, 11, 20);
        String text = "On Wednesday, Mayor Brandt signed an order to close the beaches from 5 a.m. Friday until"
                + " 12:01 a.m. Monday, the Courier reported.";
        assertThat(value(text, "Friday", wednesday)).isEqualTo("2024-11-22T05:00");
        assertThat(value(text, "Monday", wednesday)).isEqualTo("2024-11-25T00:01");
    }

    @Test
    void aDateSomethingIsPutOffToLiesAhead() {
        assertThat(value("Orvan Steel extended its offer to Feb. 3.", "Feb. 3")).isEqualTo("2025-02-03");
        assertThat(value("The council postponed the vote to March.", "March")).isEqualTo("2025-03");
        assertThat(value("The offer had been extended to Feb. 3.", "Feb. 3")).isEqualTo("2024-02-03");
        assertThat(value("Orvan Steel sold the mill on Feb. 3.", "Feb. 3")).isEqualTo("2024-02-03");
    }
}
