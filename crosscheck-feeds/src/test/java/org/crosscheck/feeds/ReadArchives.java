package org.crosscheck.feeds;

import java.util.List;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.ReadFiles;

/** A main for {@code ChildJvm}: reads files with the feed and WARC readers. */
public final class ReadArchives {
    private ReadArchives() {
    }

    public static void main(String[] args) {
        ReadFiles.run(new Inputs(List.of(new FeedReader(), new WarcReader(WarcReaderTest.STRIP_TAGS))), args);
    }
}
