package org.crosscheck.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.PaddedList;
import edu.stanford.nlp.util.Triple;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The CoreNLP CRF with its test-time feature extraction rebuilt from per-word parts. CoreNLP's
 * {@code NERFeatureFactory} builds about 80 feature strings for every token of every window and looks each one up in
 * a hash index of 346,710 features: that was over half of the CRF's time and a third of the whole annotation pass. Yet
 * nearly all of those strings depend on a single word: the word itself (its n-grams, shape, distributional class), or
 * one neighbour seen from a fixed offset ("Putin-DISJN", "met-PW"). Their feature numbers are looked up once per word
 * and kept ({@link WordFeatures}); only the dozen features that join two or three words are built as strings per
 * token.
 *
 * <p>The features are the same set the factory makes, so the model's scores are the same sums: the templates below
 * are the ones the 3-class English model's flags switch on (checked by {@link #supports}; any other model keeps
 * CoreNLP's own extraction), and {@code CachedFeatureCrfTest} compares both extractions position by position. The
 * one difference is the order in which a position's feature weights are added (CoreNLP's follows a hash set, here the
 * numbers ascend), which can change a score in its last bits only.
 *
 * <p>Shapes and distributional classes are functions of the word alone for this model (its known lower-case words
 * are fixed at load: {@code maxAdditionalKnownLCWords} is 0), which is what makes a per-word cache exact. The cache is
 * shared by all threads and emptied when it grows past {@link #MAX_WORDS} words.
 */
final class CachedFeatureCrf extends CRFClassifier<CoreLabel> {
    /** Distinct words kept before the cache starts afresh (estimated at some 250 bytes a word: 25 MB). */
    static final int MAX_WORDS = 100_000;

    private static final String C = "|C";
    private static final String CPC = "|CpC";
    private static final int DISJUNCTION_WIDTH = 5;
    /** {@code occurrencePatterns} looks for the same word from 3 to 149 tokens away on either side. */
    private static final int NEAREST_OCCURRENCE = 3;
    private static final int FARTHEST_OCCURRENCE = 149;

    /** Entries kept per joined template before that cache starts afresh (estimated at 80 bytes an entry: 8 MB). */
    static final int MAX_JOINED = 100_000;
    /** Ids of words, shapes and classes stay below these, so two (or three) fit in one positive long key. */
    private static final int ID_LIMIT = 1 << 30;
    private static final int SHAPE_LIMIT = 1 << 20;

    private final Map<String, WordFeatures> words = new ConcurrentHashMap<>();
    /** Ids of shapes and distributional classes (a few thousand strings; never emptied). */
    private final Map<String, Integer> parts = new ConcurrentHashMap<>();
    private final AtomicInteger nextPart = new AtomicInteger();
    /** Ids of words: never reused, so a joined cache's key always means the same words. */
    private final AtomicInteger nextWord = new AtomicInteger();
    private final Map<Long, Integer> pwShape = new ConcurrentHashMap<>();
    private final Map<Long, Integer> shapeNw = new ConcurrentHashMap<>();
    private final Map<Long, Integer> pShapeC = new ConcurrentHashMap<>();
    private final Map<Long, Integer> cShapeN = new ConcurrentHashMap<>();
    private final Map<Long, Integer> pcnShapes = new ConcurrentHashMap<>();
    private final Map<Long, Integer> ppwShape = new ConcurrentHashMap<>();
    private final Map<Long, Integer> nnwShape = new ConcurrentHashMap<>();
    private final Map<Long, Integer> seqWords = new ConcurrentHashMap<>();
    private final Map<Long, Integer> seqDistSims = new ConcurrentHashMap<>();
    private final Map<Long, Integer> seqShapes = new ConcurrentHashMap<>();
    private volatile boolean cached;
    /** The model's feature numbers by name: package-private in CRFClassifier, read once by reflection. */
    private Index<String> features;
    private WordFeatures pad;
    private int noOccurrence;
    private int nextOccurrence;
    private int prevOccurrence;
    private int[] ownEdgeConstant;

    CachedFeatureCrf() {
        super();
    }

    /**
     * Switches to cached extraction when the loaded model's flags are the ones rebuilt here (its word function taken
     * out: the caller normalises words before tagging); otherwise CoreNLP's own extraction stays.
     */
    void useCachedFeatures() {
        if (supports(flags) && windowSize == 2 && featureFactories.size() == 1) {
            features = featureIndexOf(this);
            if (features == null) {
                return;
            }
            pad = new WordFeatures(this, "", "", null, "", null);
            noOccurrence = features.indexOf("NO-OCCURRENCE-PATTERN" + C);
            nextOccurrence = features.indexOf("X-NEXT-OCCURRENCE-X" + C);
            prevOccurrence = features.indexOf("X-PREV-OCCURRENCE-X" + C);
            ownEdgeConstant = new int[] {features.indexOf("PSEQ" + CPC)};
            cached = true;
        }
    }

    /**
     * Whether the flags switch on exactly the feature templates this class rebuilds (those of
     * {@code english.all.3class.distsim}); every flag that would add, drop or reshape a feature is checked.
     */
    static boolean supports(SeqClassifierFlags f) {
        boolean on = f.useDistSim && f.useWord && f.usePrev && f.useNext && f.useClassFeature && f.useNGrams
                && f.noMidNGrams && f.maxNGramLeng == 6 && f.wordShape > 0 && f.useTypeSeqs && f.useTypeSeqs2
                && f.useLastRealWord && f.useNextRealWord && f.useOccurrencePatterns && f.useDisjunctive
                && f.disjunctionWidth == DISJUNCTION_WIDTH && f.useSequences && f.usePrevSequences
                && f.useTypeySequences && f.useInternal && f.useExternal && f.maxLeft == 1
                && f.maxAdditionalKnownLCWords == 0;
        boolean off = !(f.useReverse || f.useMoreTags || f.useTitle || f.useTitle2 || f.use2W || f.useLC
                || f.useUnknown || f.useLemmas || f.usePrevNextLemmas || f.checkNameList || f.binnedLengths != null
                || f.useABGENE || f.useABSTRFreqDict || f.useABSTR || f.useGENIA || f.useWEBFreqDict || f.useWEB
                || f.useIsURL || f.useEntityRule || f.useEntityTypes || f.useIsDateRange || f.useABSTRFreq
                || f.useFREQ || f.usePosition || f.useBeginSent || f.useTags || f.useOrdinal || f.useEitherSideWord
                || f.useWordPairs || f.useSymTags || f.useSymWordPairs || f.useGazFeatures || f.useMoreGazFeatures
                || f.useAbbr || f.useMinimalAbbr || f.useAbbr1 || f.useMinimalAbbr1 || f.useChunks
                || f.usePrevVB || f.useNextVB || f.useVB || f.useShapeConjunctions || f.useWordTag
                || f.useNPHead || f.useNPGovernor || f.useHeadGov || f.useFirstWord || f.cacheNGrams
                || f.lowercaseNGrams || f.dehyphenateNGrams || f.greekifyNGrams || f.conjoinShapeNGrams
                || f.useGazettes || f.useUndirectedDisjunctive || f.useWideDisjunctive
                || f.useEitherSideDisjunctive || f.useDisjShape || f.useDisjunctiveShapeInteraction
                || f.useExtraTaggySequences || f.useMUCFeatures || f.twoStage || f.useIfInteger
                || f.useGenericFeatures || f.useTopics || f.useWordnetFeatures || f.useProtoFeatures
                || f.usePhraseWordTags || f.usePhraseWords || f.useCommonWordsFeature || f.useRadical
                || f.useMoreNeighborNGrams || f.useNeighborNGrams || f.noEdgeFeature || f.transitionEdgeOnly
                || f.useChunkySequences || f.strictGoodCoNLL || f.useTypeSeqs3 || f.useYetMoreCpCShapes
                || f.useTaggySequences || f.useParenMatching || f.useEntityTypeSequences || f.useURLSequences
                || f.useNextSequences || f.useBagOfWords || f.useEmbedding || f.useShapeStrings
                || f.wordFunction != null || f.splitWordRegex != null && !f.splitWordRegex.isEmpty()
                || f.slashHyphenTreatment != SeqClassifierFlags.SlashHyphenEnum.NONE);
        return on && off;
    }

    @SuppressWarnings("unchecked")
    private static Index<String> featureIndexOf(CRFClassifier<?> crf) {
        try {
            Field f = CRFClassifier.class.getDeclaredField("featureIndex");
            f.setAccessible(true);
            return (Index<String>) f.get(crf);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether features come from the per-word cache (false: CoreNLP's own extraction). */
    boolean cachesFeatures() {
        return cached;
    }

    /** CoreNLP's own extraction, for comparison. */
    Triple<int[][][], int[], double[][][]> coreNlpData(List<CoreLabel> document) {
        return super.documentToDataAndLabels(document);
    }

    @Override
    public Triple<int[][][], int[], double[][][]> documentToDataAndLabels(List<CoreLabel> document) {
        if (!cached || hasStackedTags(document)) {
            return super.documentToDataAndLabels(document);
        }
        int n = document.size();
        WordFeatures[] w = new WordFeatures[n];
        boolean annotated = false;
        for (int i = 0; i < n; i++) {
            CoreLabel token = document.get(i);
            w[i] = words.get(token.getString(CoreAnnotations.TextAnnotation.class));
            if (w[i] == null) {
                if (!annotated) {
                    annotateDistSim(document);
                    annotated = true;
                }
                w[i] = wordFeatures(token);
            }
        }
        boolean[][] occurs = occurrences(w);
        int[][][] data = new int[n][windowSize][];
        int[] labels = new int[n];
        IntBag bag = new IntBag();
        for (int j = 0; j < n; j++) {
            data[j][0] = nodeFeatures(w, j, occurs, bag);
            data[j][1] = edgeFeatures(w, j, bag);
            labels[j] = classIndex.indexOf(document.get(j).get(CoreAnnotations.AnswerAnnotation.class));
        }
        return new Triple<>(data, labels, new double[n][windowSize][]);
    }

    /** Features of the one-token clique ({@code featuresC}). */
    private int[] nodeFeatures(WordFeatures[] w, int j, boolean[][] occurs, IntBag bag) {
        WordFeatures c = w[j];
        WordFeatures p = at(w, j - 1);
        WordFeatures nx = at(w, j + 1);
        bag.clear();
        bag.addAll(c.own);
        bag.add(p.prevWord);
        bag.add(p.prevDistSim);
        bag.add(nx.nextWord);
        bag.add(nx.nextDistSim);
        bag.add(p.prevShape);
        bag.add(nx.nextShape);
        String cs = c.shape;
        bag.add(joined(pwShape, pair(p.id, c.shapeId), () -> p.word + "..." + cs + "-PW_CTYPE" + C));
        bag.add(joined(shapeNw, pair(c.shapeId, nx.id), () -> cs + "..." + nx.word + "-NW_CTYPE" + C));
        bag.add(joined(pShapeC, pair(p.shapeId, c.shapeId), () -> p.shape + "..." + cs + "-PCTYPE" + C));
        bag.add(joined(cShapeN, pair(c.shapeId, nx.shapeId), () -> cs + "..." + nx.shape + "-CNTYPE" + C));
        bag.add(joined(pcnShapes, triple(p.shapeId, c.shapeId, nx.shapeId),
                () -> p.shape + "..." + cs + "..." + nx.shape + "-PCNTYPE" + C));
        if (p.word.length() <= 3) {
            WordFeatures p2 = at(w, j - 2);
            bag.add(joined(ppwShape, pair(p2.id, c.shapeId), () -> p2.word + "..." + cs + "-PPW_CTYPE" + C));
        }
        if (nx.word.length() <= 3) {
            WordFeatures n2 = at(w, j + 2);
            bag.add(joined(nnwShape, pair(n2.id, c.shapeId), () -> n2.word + "..." + cs + "-NNW_CTYPE" + C));
        }
        if (occurs[j] == null) {
            bag.add(noOccurrence);
        } else {
            if (occurs[j][0]) {
                bag.add(nextOccurrence);
            }
            if (occurs[j][1]) {
                bag.add(prevOccurrence);
            }
        }
        for (int i = 1; i <= DISJUNCTION_WIDTH; i++) {
            bag.add(at(w, j + i).disjunctNext);
            bag.add(at(w, j - i).disjunctPrev);
        }
        return bag.distinct();
    }

    /** Features of the two-token clique ({@code featuresCpC}). */
    private int[] edgeFeatures(WordFeatures[] w, int j, IntBag bag) {
        WordFeatures c = w[j];
        WordFeatures p = at(w, j - 1);
        bag.clear();
        bag.addAll(ownEdgeConstant);
        bag.addAll(c.ownEdge);
        bag.add(p.seqPrevWord);
        bag.add(p.seqPrevDistSim);
        bag.add(p.seqPrevShape);
        bag.add(at(w, j + 1).seqNextShape);
        bag.add(joined(seqWords, pair(p.id, c.id), () -> p.word + "-" + c.word + "-PSEQW2" + CPC));
        bag.add(joined(seqDistSims, pair(p.distSimId, c.distSimId),
                () -> p.distSim + "-" + c.distSim + "-PSEQpcDS" + CPC));
        bag.add(joined(seqShapes, pair(p.shapeId, c.shapeId), () -> p.shape + "-" + c.shape + "-TYPES" + CPC));
        return bag.distinct();
    }

    /**
     * For each token the factory's occurrence-pattern features look at (a name-cased word between a word with a
     * letter and a lower-case word), whether the same word occurs again 3 to 149 tokens after it [0] or before it
     * [1]; null for the other tokens, which get "NO-OCCURRENCE-PATTERN".
     */
    private static boolean[][] occurrences(WordFeatures[] w) {
        boolean[][] out = new boolean[w.length][];
        Map<String, int[]> positions = null;
        for (int j = 0; j < w.length; j++) {
            String word = w[j].word;
            String prev = j > 0 ? w[j - 1].word : null;
            String next = j + 1 < w.length ? w[j + 1].word : "";
            if (prev == null || !isNameCase(word) || !noUpperCase(next) || !hasLetter(next) || !hasLetter(prev)) {
                continue;
            }
            if (positions == null) {
                positions = positions(w);
            }
            boolean after = false;
            boolean before = false;
            for (int q : positions.get(word)) {
                int d = q - j;
                after |= d >= NEAREST_OCCURRENCE && d <= FARTHEST_OCCURRENCE;
                before |= -d >= NEAREST_OCCURRENCE && -d <= FARTHEST_OCCURRENCE;
            }
            out[j] = new boolean[] {after, before};
        }
        return out;
    }

    private static Map<String, int[]> positions(WordFeatures[] w) {
        Map<String, int[]> out = new HashMap<>();
        for (int j = 0; j < w.length; j++) {
            int[] old = out.get(w[j].word);
            int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = j;
            out.put(w[j].word, grown);
        }
        return out;
    }

    private WordFeatures at(WordFeatures[] w, int i) {
        return i >= 0 && i < w.length ? w[i] : pad;
    }

    private static boolean hasStackedTags(List<CoreLabel> document) {
        for (CoreLabel l : document) {
            if (l.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null) {
                return true;
            }
        }
        return false;
    }

    /** The factory's distributional classes, which it sets on the tokens the first time it reads a window. */
    private void annotateDistSim(List<CoreLabel> document) {
        if (!document.isEmpty() && !document.getFirst().containsKey(CoreAnnotations.DistSimAnnotation.class)) {
            featureFactories.getFirst().getCliqueFeatures(PaddedList.valueOf(document, new CoreLabel()), 0,
                    FeatureFactory.cliqueC);
        }
    }

    private WordFeatures wordFeatures(CoreLabel token) {
        String word = token.getString(CoreAnnotations.TextAnnotation.class);
        WordFeatures f = words.get(word);
        if (f == null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            f = new WordFeatures(this, word, token.getString(CoreAnnotations.ShapeAnnotation.class),
                    token.get(CoreAnnotations.ShapeAnnotation.class),
                    token.getString(CoreAnnotations.DistSimAnnotation.class),
                    token.get(CoreAnnotations.DistSimAnnotation.class));
            words.put(word, f);
        }
        return f;
    }

    private int index(String feature) {
        return features.indexOf(feature);
    }

    /**
     * The number of a feature joining two or three tokens' parts, kept by the parts' ids: the string is built and
     * looked up only the first time. A negative key (ids past their range) is not kept.
     */
    private int joined(Map<Long, Integer> cache, long key, Supplier<String> feature) {
        if (key < 0) {
            return index(feature.get());
        }
        Integer known = cache.get(key);
        if (known == null) {
            if (cache.size() >= MAX_JOINED) {
                cache.clear();
            }
            known = index(feature.get());
            cache.put(key, known);
        }
        return known;
    }

    private static long pair(int a, int b) {
        return a < ID_LIMIT && b < ID_LIMIT ? (long) a << 31 | b : -1;
    }

    private static long triple(int a, int b, int c) {
        return a < SHAPE_LIMIT && b < SHAPE_LIMIT && c < SHAPE_LIMIT ? (long) a << 42 | (long) b << 21 | c : -1;
    }

    /** A small number for a shape or distributional class string, the same for the same string. */
    private int partId(String part) {
        Integer id = parts.get(part);
        if (id == null) {
            id = parts.computeIfAbsent(part, k -> nextPart.getAndIncrement());
        }
        return id;
    }

    private static boolean isNameCase(String s) {
        return s.length() >= 2 && (Character.isUpperCase(s.charAt(0)) || Character.isTitleCase(s.charAt(0)))
                && !CrfTagger.hasUpperCase(s, 1);
    }

    private static boolean noUpperCase(String s) {
        return !s.isEmpty() && !CrfTagger.hasUpperCase(s, 0);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The feature numbers one word contributes, looked up once: as the current token ({@code own}, {@code ownEdge})
     * and as the neighbour at each offset a template reads. -1 where the model has no such feature. The strings are
     * the factory's: {@code get} of a missing annotation prints "null", {@code getString} gives "".
     */
    private static final class WordFeatures {
        final int id;
        final int shapeId;
        final int distSimId;
        final String word;
        final String shape;
        final String distSim;
        final int[] own;
        final int[] ownEdge;
        final int prevWord;
        final int prevDistSim;
        final int prevShape;
        final int nextWord;
        final int nextDistSim;
        final int nextShape;
        final int disjunctNext;
        final int disjunctPrev;
        final int seqPrevWord;
        final int seqPrevDistSim;
        final int seqPrevShape;
        final int seqNextShape;

        WordFeatures(CachedFeatureCrf crf, String word, String shape, String shapeOrNull, String distSim,
                     String distSimOrNull) {
            this.id = crf.nextWord.getAndIncrement();
            this.shapeId = crf.partId(shape);
            this.distSimId = crf.partId(distSim);
            this.word = word;
            this.shape = shape;
            this.distSim = distSim;
            IntBag own = new IntBag();
            own.add(crf.index(distSimOrNull + "-DISTSIM" + C));
            own.add(crf.index(word + "-WORD" + C));
            own.add(crf.index("###" + C));
            String bracketed = '<' + word + '>';
            int max = Math.min(6, bracketed.length());
            for (int j = 2; j <= max; j++) {
                own.add(crf.index('#' + bracketed.substring(0, j) + '#' + C));
            }
            for (int i = Math.max(0, bracketed.length() - 6); i < bracketed.length() - 1; i++) {
                own.add(crf.index('#' + bracketed.substring(i) + '#' + C));
            }
            own.add(crf.index(shape + "-TYPE" + C));
            this.own = own.distinct();
            IntBag edge = new IntBag();
            edge.add(crf.index(word + "-PSEQW" + CPC));
            edge.add(crf.index(distSim + "-PSEQcDS" + CPC));
            edge.add(crf.index(shape + "-PSEQcS" + CPC));
            edge.add(crf.index(shape + "-TPS2" + CPC));
            this.ownEdge = edge.distinct();
            prevWord = crf.index(word + "-PW" + C);
            prevDistSim = crf.index(distSimOrNull + "-PDISTSIM" + C);
            prevShape = crf.index(shape + "-PTYPE" + C);
            nextWord = crf.index(word + "-NW" + C);
            nextDistSim = crf.index(distSimOrNull + "-NDISTSIM" + C);
            nextShape = crf.index(shape + "-NTYPE" + C);
            disjunctNext = crf.index(word + "-DISJN" + C);
            disjunctPrev = crf.index(word + "-DISJP" + C);
            seqPrevWord = crf.index(word + "-PSEQpW" + CPC);
            seqPrevDistSim = crf.index(distSim + "-PSEQpDS" + CPC);
            seqPrevShape = crf.index(shape + "-PSEQpS" + CPC);
            seqNextShape = crf.index(shapeOrNull + "-TNS1" + CPC);
        }
    }

    /** A growable list of feature numbers; {@link #distinct} gives them ascending, once each, without the -1s. */
    private static final class IntBag {
        private int[] items = new int[128];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        void addAll(int[] vs) {
            for (int v : vs) {
                add(v);
            }
        }

        int[] distinct() {
            Arrays.sort(items, 0, size);
            int[] out = new int[size];
            int m = 0;
            for (int i = 0; i < size; i++) {
                int v = items[i];
                if (v >= 0 && (m == 0 || out[m - 1] != v)) {
                    out[m++] = v;
                }
            }
            return Arrays.copyOf(out, m);
        }
    }
}
