package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting process (SIGKILL, through {@link Process#destroyForcibly()}) at seeded random moments, over
 * and over, then checks that every article it acknowledged is stored whole (article, annotations, story
 * membership, search entry), that nothing half-written is visible, and that a rerun completes the rest.
 */
class DurabilityIT {
    private static final int TOTAL = 300;
    /** The killed runs are given fewer articles than the last one, so the resumed run always has new ones too. */
    private static final int KILLED_RUNS_TOTAL = 240;
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void killedIngestLosesNothingAcknowledgedAndResumes() throws Exception {
        Random random = new Random(20261121L);
        Set<String> acknowledged = new HashSet<>();
        int killedBeforeReady = 0;
        int killedMidIngest = 0;
        for (int round = 0; round < KILLS; round++) {
            Child child = Child.start(dir, KILLED_RUNS_TOTAL);
            // a quarter of the kills land anywhere (startup, migration, index catch-up); the rest mid-ingest
            if (random.nextInt(4) == 0) {
                Thread.sleep(random.nextInt(2500));
            } else {
                child.firstAck.await(60, TimeUnit.SECONDS);
                Thread.sleep(random.nextInt(800));
            }
            if (child.ready.getCount() > 0) {
                killedBeforeReady++;
            } else if (child.firstAck.getCount() == 0
                    && child.linesSoFar().stream().noneMatch(l -> l.startsWith("DONE"))) {
                killedMidIngest++;
            }
            child.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            child.reader.join(10_000);
            synchronized (child.acks) {
                acknowledged.addAll(child.acks);
            }
        }
        System.out.printf("durability: %d kills (%d before the store was open, %d mid-ingest), %d of %d articles"
                + " acknowledged%n", KILLS, killedBeforeReady, killedMidIngest, acknowledged.size(),
                KILLED_RUNS_TOTAL);
        assertThat(killedMidIngest).as("kills that landed mid-ingest").isPositive();

        try (Store store = Store.open(dir)) {
            List<String> stored = checkWhole(store);
            assertThat(stored).containsAll(acknowledged);
        }

        Child last = Child.start(dir, TOTAL);
        assertThat(last.process.waitFor(120, TimeUnit.SECONDS)).as("resumed run finishes").isTrue();
        last.reader.join(10_000);
        assertThat(last.process.exitValue()).as("resumed run's exit status; output: %s", last.linesSoFar()).isZero();
        String done = last.linesSoFar().stream().filter(l -> l.startsWith("DONE")).findFirst().orElseThrow();
        String[] counts = done.split(" ");
        long written = Long.parseLong(counts[1]);
        long unchanged = Long.parseLong(counts[2]);
        assertThat(written + unchanged).isEqualTo(TOTAL);
        // what was acknowledged before is skipped, not written again
        assertThat(unchanged).isGreaterThanOrEqualTo(acknowledged.size());
        assertThat(written).isGreaterThanOrEqualTo(TOTAL - KILLED_RUNS_TOTAL);

        try (Store store = Store.open(dir)) {
            assertThat(checkWhole(store)).hasSize(TOTAL);
            Run run = store.runs(null, 1).items().get(0);
            assertThat(run.status()).isEqualTo("ok");
            assertThat(run.counts().articlesRead()).isEqualTo(TOTAL);
        }
    }

    /** Every stored article is complete and findable; returns their ids. */
    private static List<String> checkWhole(Store store) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Page<ArticleSummary> page = store.articles(cursor, 500);
            page.items().forEach(a -> ids.add(a.id()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> stories = new HashSet<>();
        for (String id : ids) {
            int n = Integer.parseInt(id.substring("fx-".length()));
            assertThat(store.annotated(id)).as("annotations of %s", id).contains(Fixtures.article(n));
            assertThat(store.storyOf(id)).as("story of %s", id).contains(Fixtures.storyOf(n));
            assertThat(store.search(Fixtures.marker(n), 5, 0)).as("search for %s", id)
                    .extracting(SearchHit::id).containsExactly(id);
            stories.add(Fixtures.storyOf(n));
        }
        int members = 0;
        for (String s : stories) {
            StorySummary summary = store.storySummary(s).orElseThrow();
            List<String> articles = store.story(s).orElseThrow().articles();
            assertThat(summary.articleCount()).as("count of story %s", s).isEqualTo(articles.size());
            // arrival order is ingest order
            assertThat(articles.stream().map(a -> Integer.parseInt(a.substring("fx-".length()))).toList())
                    .as("members of %s in arrival order", s).isSorted();
            members += articles.size();
        }
        assertThat(members).isEqualTo(ids.size());
        assertThat(store.articleCount()).isEqualTo(ids.size());
        return ids;
    }

    /** One child JVM running {@link IngestChild}, with its output collected as it comes. */
    private record Child(Process process, Thread reader, List<String> lines, Set<String> acks,
                         CountDownLatch ready, CountDownLatch firstAck) {
        /** A copy of the lines read so far: the reader thread may still be appending, so iterate under its lock. */
        List<String> linesSoFar() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        static Child start(Path dir, int total) throws IOException {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(javaBin, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    IngestChild.class.getName(), dir.toString(), Integer.toString(total))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Set<String> acks = Collections.synchronizedSet(new HashSet<>());
            CountDownLatch ready = new CountDownLatch(1);
            CountDownLatch firstAck = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.add(line);
                        if (line.startsWith("ACK ")) {
                            acks.add(line.substring(4));
                            firstAck.countDown();
                        } else if (line.startsWith("READY")) {
                            ready.countDown();
                        } else if (line.startsWith("DONE")) {
                            firstAck.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the pipe closes when the child is killed
                }
            });
            return new Child(p, reader, lines, acks, ready, firstAck);
        }
    }
}
