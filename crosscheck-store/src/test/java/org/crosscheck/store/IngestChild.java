package org.crosscheck.store;

import java.nio.file.Path;

/**
 * The process {@link DurabilityIT} kills: ingests fixture articles 0..total-1 into the embedded store under a data
 * directory, one transaction each, printing {@code ACK id} only after each commit has returned. Already stored
 * articles come back {@code UNCHANGED}, so a rerun resumes where a killed run stopped.
 *
 * <p>Usage: {@code IngestChild DIR TOTAL}
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        try (Store store = Store.open(dir)) {
            String run = store.startRun("durability-test ingest");
            System.out.println("READY " + run);
            System.out.flush();
            long written = 0;
            long unchanged = 0;
            for (int n = 0; n < total; n++) {
                Write w = store.ingest(Fixtures.ingest(n), run);
                if (w == Write.UNCHANGED) {
                    unchanged++;
                } else {
                    written++;
                }
                System.out.println("ACK " + Fixtures.id(n));
                System.out.flush();
            }
            store.finishRun(run, new RunCounts(total, written, unchanged, 0), true);
            System.out.println("DONE " + written + " " + unchanged);
            System.out.flush();
        }
    }
}
