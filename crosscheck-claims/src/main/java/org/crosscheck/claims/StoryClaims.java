package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.crosscheck.api.Claim;
import org.crosscheck.api.state.SourceContext;

/**
 * The state of one story's claims: every article's claims with their features, what every claim pair across two
 * articles shares, and in how many articles each word and name occurs. {@link #with} is a pure function from a
 * state and one new article to the next state: it compares the new article's claims with the earlier ones and
 * copies nothing else of size, so an update costs time in proportion to the story, not its square. The comparison
 * goes through an inverted index of the new article's words and names ({@link Postings}), so it costs what the
 * claims share rather than the number of claim pairs. It is what a keyed streaming operator keeps per story.
 *
 * <p>A pair's evidence depends on its two articles only and the story-wide word counts are sums, so the state after
 * adding articles one by one holds the same as a batch build, and the groups read from it are the same whatever
 * the order of arrival.
 *
 * @param entries        the articles in order of arrival, each with its evidence against the ones before it
 * @param positions      claim id to where it sits
 * @param wordArticles   content key to the number of articles using it
 * @param entityArticles entity to the number of articles naming it
 * @param wordIds        content key to its number in this story (in order of first use), for compact evidence
 * @param entityIds      entity to its number in this story
 */
public record StoryClaims(String storyId, List<Entry> entries, Map<String, Position> positions,
                          Map<String, Integer> wordArticles, Map<String, Integer> entityArticles,
                          Map<String, Integer> wordIds, Map<String, Integer> entityIds) {

    /**
     * One article of the state: its claims, per claim the ascending story-vocabulary ids of its content keys and of
     * its entities, and its evidence against every earlier entry, in entry order.
     */
    public record Entry(ArticleClaims claims, int[][] words, int[][] entities, List<PairEvidence> against) {
        public Entry {
            Objects.requireNonNull(claims, "claims");
            against = List.copyOf(against);
        }
    }

    /** Where a claim sits in the state. */
    public record Position(int entry, int index) {
    }

    public StoryClaims {
        Objects.requireNonNull(storyId, "storyId");
        entries = List.copyOf(entries);
        positions = Map.copyOf(positions);
        wordArticles = Map.copyOf(wordArticles);
        entityArticles = Map.copyOf(entityArticles);
        wordIds = Map.copyOf(wordIds);
        entityIds = Map.copyOf(entityIds);
    }

    /** A story with no article yet. */
    public static StoryClaims empty(String storyId) {
        return new StoryClaims(storyId, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * This state with one more article. An article already present is replaced (a corrected version), which
     * rebuilds the state.
     */
    public StoryClaims with(ArticleClaims article) {
        Objects.requireNonNull(article, "article");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).claims().article().equals(article.article())) {
                StoryClaims rebuilt = empty(storyId);
                for (int j = 0; j < entries.size(); j++) {
                    rebuilt = rebuilt.with(j == i ? article : entries.get(j).claims());
                }
                return rebuilt;
            }
        }
        Map<String, Integer> words = new HashMap<>(wordIds);
        Map<String, Integer> names = new HashMap<>(entityIds);
        List<ClaimFeatures> features = article.features();
        int[][] wordsOf = ids(features, ClaimFeatures::keys, words);
        int[][] namesOf = ids(features, ClaimFeatures::entities, names);
        Postings wordIndex = new Postings(wordsOf, words.size());
        Postings nameIndex = new Postings(namesOf, names.size());
        List<PairEvidence> against = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            against.add(PairEvidence.of(features, wordIndex, nameIndex, e));
        }
        List<Entry> next = new ArrayList<>(entries.size() + 1);
        next.addAll(entries);
        next.add(new Entry(article, wordsOf, namesOf, against));
        Map<String, Position> pos = new HashMap<>(positions);
        int entry = entries.size();
        List<ClaimFeatures> f = article.features();
        Set<String> used = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (int k = 0; k < f.size(); k++) {
            pos.putIfAbsent(f.get(k).claim().id(), new Position(entry, k));
            used.addAll(f.get(k).keys());
            named.addAll(f.get(k).entities());
        }
        return new StoryClaims(storyId, next, pos, plus(wordArticles, used), plus(entityArticles, named), words,
                names);
    }

    /**
     * Per claim the ascending vocabulary ids of its keys; keys new to the story get the next ids in their sorted
     * order, so the ids do not depend on the iteration order of a set.
     */
    private static int[][] ids(List<ClaimFeatures> features, Function<ClaimFeatures, Set<String>> keys,
                               Map<String, Integer> vocabulary) {
        Set<String> fresh = new TreeSet<>();
        for (ClaimFeatures f : features) {
            for (String k : keys.apply(f)) {
                if (!vocabulary.containsKey(k)) {
                    fresh.add(k);
                }
            }
        }
        fresh.forEach(k -> vocabulary.put(k, vocabulary.size()));
        int[][] out = new int[features.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = keys.apply(features.get(i)).stream().mapToInt(vocabulary::get).sorted().toArray();
        }
        return out;
    }

    private static Map<String, Integer> plus(Map<String, Integer> counts, Set<String> keys) {
        Map<String, Integer> out = new HashMap<>(counts);
        keys.forEach(k -> out.merge(k, 1, Integer::sum));
        return out;
    }

    /** Every claim, in entry order. */
    public List<Claim> claims() {
        List<Claim> out = new ArrayList<>(positions.size());
        entries.forEach(e -> out.addAll(e.claims().claims()));
        return out;
    }

    public List<SourceContext> sources() {
        return entries.stream().map(e -> e.claims().source()).toList();
    }

    ClaimFeatures features(Claim c) {
        Position p = positions.get(c.id());
        return p == null ? null : entries.get(p.entry()).claims().features().get(p.index());
    }
}
