package org.crosscheck.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.feeds.FeedRef;
import org.crosscheck.feeds.Opml;
import org.crosscheck.ingest.InputException;

/** The feeds a user names: http(s) feed URLs and OPML files, in order, each feed once. */
public final class Subscriptions {

    private Subscriptions() {
    }

    /**
     * @throws InputException naming the argument when it is a URL of another scheme, a missing file, or a broken
     *                        OPML file
     */
    public static List<FeedRef> of(List<String> args) {
        Map<String, FeedRef> feeds = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
                try {
                    WebUrls.check(arg);
                } catch (FetchException e) {
                    throw new InputException(e.getMessage());
                }
                feeds.putIfAbsent(arg.strip(), new FeedRef(null, arg.strip(), null, List.of()));
                continue;
            }
            Path file = Path.of(arg);
            if (!Files.isRegularFile(file)) {
                throw new InputException(arg + ": no such OPML file (give an OPML file or http(s) feed URLs)");
            }
            for (FeedRef f : Opml.read(file)) {
                feeds.putIfAbsent(f.xmlUrl(), f);
            }
        }
        return new ArrayList<>(feeds.values());
    }
}
