package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every keyed pattern of the rules finds, where its key lets it look, exactly what a scan of the whole text finds:
 * a pattern whose first words change without its key fails here. Checked on news-like sentences and on random
 * soups of the key words, figures, quotes, capitals and line breaks, where matches start in odd places.
 */
class KeyedTest {

    private static final List<Class<?>> RULES = List.of(ExplicitDates.class, Days.class, Periods.class,
            Durations.class, References.class, Anaphora.class);

    private static final String[] SENTENCES = {
        "On Friday, 5 November 2021, at 10 a.m., the Valdoria Courier said the plan began last week.",
        "The vote is due by year-end; the year-earlier nine months were worse than the 1988 quarter.",
        "In the late 1980s and the '90s, the third-quarter results rose 4% a year, 24 hours a day.",
        "Nineteen ninety-six was the year two thousand's prelude; in January nineteen ninety-seven it ended.",
        "She left three years ago, came back the following Monday and will stay for a while, maybe weeks.",
        "The 20th century, the twenties, mid-March, early 2019 and Sept. 30 all came up at noon.",
        "Now, he says, the future is now; currently the near term looks fine and soon as possible.",
        "Last year's quarter, the same period a year ago, the latest period and the week of March 6.",
        "2024-11-05 and 22-11-2024 and 11/22/2024, every Tuesday night, twice a year, the past two quarters.",
        "He said, \"It's done.\" Then (Mr. Smith) left.\n\nA new paragraph. Gen. Lee came on Feb. 3. Dr. No.",
        "Today is the eighth day; it's the 3rd straight day, and at a later date, eight trading days into the first "
            + "half of next year, it is the tenth day.",
    };

    private static final String[] SOUP = {"the", "The", "THE", "a", "an", "last", "next", "this", "early", "mid-",
        "late", "later", "earlier", "March", "May", "Sept.", "Jan", "june", "Monday", "Friday's", "1989", "20",
        "3", "'90s", "‘80s", "year", "years", "year-end", "quarter", "quarters", "first", "half", "weekend", "week",
        "of", "for", "in", "at", "ago", "earlier", "now", "soon", "as", "nineteen", "two", "thousand", "twenty-four",
        "hours", "day", "days", "every", "daily", "noon", "p.m.", ",", ".", "'s", "\"", "(", ")", "-", "\n", "\n\n",
        "  ", "_", "é", "İn", "0", "9:30", "Christmas", "New", "Year's", "Day", "previous", "following", "same",
        "period", "fiscal", "century", "21st", "long", "-long", "while", "matter", "is", "it's", "eighth", "later",
        "date", "trading", "straight"};

    @Test
    void keyedMatchesAreTheMatchesOfAFullScan() throws Exception {
        List<String> texts = new ArrayList<>(List.of(SENTENCES));
        texts.add(String.join(" ", SENTENCES));
        Random random = new Random(4);
        for (int t = 0; t < 1500; t++) {
            StringBuilder soup = new StringBuilder();
            int words = 1 + random.nextInt(60);
            for (int i = 0; i < words; i++) {
                soup.append(SOUP[random.nextInt(SOUP.length)]);
                soup.append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(soup.toString());
        }
        List<Keyed> keys = keys();
        assertThat(keys).hasSizeGreaterThan(40);
        int matched = 0;
        for (String text : texts) {
            Context ctx = Context.of(text, LocalDate.of(2024, 11, 18), List.of());
            for (Keyed k : keys) {
                List<String> expected = scan(k, ctx, text);
                assertThat(describe(ctx.matches(k))).as(k.pattern + " in " + text).isEqualTo(expected);
                matched += expected.size();
            }
        }
        assertThat(matched).as("matches compared").isGreaterThan(1000);
    }

    @Test
    void sentenceBreaksAreTheMatchesOfAFullScan() throws Exception {
        Field f = Context.class.getDeclaredField("SENTENCE_BREAK");
        f.setAccessible(true);
        Pattern breaks = (Pattern) f.get(null);
        Random random = new Random(9);
        List<String> texts = new ArrayList<>(List.of(SENTENCES));
        for (int t = 0; t < 200; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                s.append(List.of("Mr.", "A.", "end.", "Why?", "\"Yes.\"", "(no.)", " ", "\n", "\n\n", "Go", "'t'",
                        "9", "x!", "Feb.").get(random.nextInt(14))).append(random.nextBoolean() ? " " : "");
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            Context ctx = Context.of(text, null, List.of());
            List<Integer> expected = new ArrayList<>(List.of(0));
            Matcher m = breaks.matcher(text);
            while (m.find()) {
                expected.add(m.end());
            }
            List<Integer> starts = new ArrayList<>();
            for (int s : ctx.sentenceStarts()) {
                starts.add(s);
            }
            assertThat(starts).as(text).isEqualTo(expected);
        }
    }

    /** What a plain scan finds, gated as the key gates it. */
    private static List<String> scan(Keyed k, Context ctx, String text) {
        boolean mentioned = k.required().length == 0;
        for (String r : k.required()) {
            mentioned |= ctx.mentions(r);
        }
        List<MatchResult> found = new ArrayList<>();
        Matcher m = k.pattern.matcher(text);
        while (mentioned && m.find()) {
            found.add(m.toMatchResult());
        }
        return describe(found);
    }

    private static List<String> describe(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult r : matches) {
            StringBuilder d = new StringBuilder();
            for (int g = 0; g <= r.groupCount(); g++) {
                d.append(r.start(g)).append('-').append(r.end(g)).append(' ');
            }
            out.add(d.toString());
        }
        return out;
    }

    private static List<Keyed> keys() throws IllegalAccessException {
        List<Keyed> keys = new ArrayList<>();
        for (Class<?> rule : RULES) {
            for (Field f : rule.getDeclaredFields()) {
                if (f.getType() == Keyed.class && Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    keys.add((Keyed) f.get(null));
                }
            }
        }
        return keys;
    }
}
