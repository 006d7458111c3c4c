package org.crosscheck.stories;

import java.util.Arrays;
import java.util.Set;

/**
 * Words that say nothing about which story an article tells: English function words plus the vocabulary every
 * news report uses whatever it is about (reporting verbs, honorifics, days, vague time words). Kept small and
 * static so the weighting works from the first article of a stream, before document frequencies mean anything.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.copyOf(Arrays.asList(
            // function words
            "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also",
            "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are",
            "around", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each",
            "either", "else", "enough", "even", "ever", "every", "few", "for", "from", "further", "get", "gets",
            "getting", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
            "least", "less", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
            "neither", "never", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or",
            "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite",
            "rather", "really", "same", "several", "shall", "she", "should", "since", "so", "some", "someone",
            "something", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
            "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "toward",
            "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what",
            "whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
            "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "s", "t", "don",
            "didn", "doesn", "isn", "wasn", "won", "wouldn", "couldn", "shouldn", "aren", "weren", "hasn",
            "haven", "hadn", "ll", "re", "ve", "d", "m",
            // reporting and newsroom vocabulary
            "said", "say", "says", "saying", "told", "tell", "tells", "according", "reported", "report",
            "reports", "reporting", "reporter", "reporters", "added", "asked", "noted", "stated", "statement",
            "claimed", "explained", "wrote", "writes", "announced", "confirmed", "believe", "believes", "think",
            "thinks", "know", "known", "going", "make", "made", "makes", "take", "took", "taken", "come", "came",
            "want", "wants", "wanted", "need", "needs", "see", "seen", "use", "used", "way", "well", "back",
            "new", "news", "first", "last", "next", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "percent", "people", "time", "times", "thing", "things", "lot", "part", "number",
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "inc", "co", "corp", "ltd",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "year", "years", "day", "days",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec",
            "ago", "later", "earlier", "recent", "recently", "former", "current", "currently",
            "am", "pm", "et", "est", "edt", "pt", "gmt", "utc",
            "image", "photo", "photos", "video", "getty", "ap", "reuters", "copyright", "click", "read", "subscribe",
            "newsletter", "advertisement", "share", "email", "follow", "twitter", "facebook"));

    private StopWords() {
    }

    static boolean contains(String lowercased) {
        return WORDS.contains(lowercased);
    }
}
