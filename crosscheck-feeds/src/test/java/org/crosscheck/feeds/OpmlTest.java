package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlTest {

    @TempDir
    Path dir;

    @Test
    void readsNestedOutlinesInDocumentOrder() throws IOException {
        Path file = dir.resolve("subs.opml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>My news</title></head>
                  <body>
                    <outline text="Top" title="Valmora Courier" type="rss" xmlUrl="https://courier.example/rss"
                             htmlUrl="https://courier.example/"/>
                    <outline text="Ports">
                      <outline text="Harbour Gazette" type="rss" xmlUrl=" https://gazette.example/atom.xml "/>
                      <outline title="Deeper">
                        <outline text="Wire" xmlurl="https://wire.example/feed"/>
                        <outline text="No feed here, only a link" htmlUrl="https://nofeed.example/"/>
                      </outline>
                    </outline>
                    <outline text="Folder feed" xmlUrl="https://folder.example/rss">
                      <outline text="Inner" xmlUrl="https://inner.example/rss"/>
                    </outline>
                  </body>
                </opml>
                """);

        List<FeedRef> feeds = Opml.read(file);

        assertThat(feeds).containsExactly(
                new FeedRef("Valmora Courier", "https://courier.example/rss", "https://courier.example/", List.of()),
                new FeedRef("Harbour Gazette", "https://gazette.example/atom.xml", null, List.of("Ports")),
                new FeedRef("Wire", "https://wire.example/feed", null, List.of("Ports", "Deeper")),
                new FeedRef("Folder feed", "https://folder.example/rss", null, List.of()),
                new FeedRef("Inner", "https://inner.example/rss", null, List.of("Folder feed")));
    }

    @Test
    void aBrokenListNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("broken.opml");
        Files.writeString(file, "<opml><body>\n<outline text=\"a\" xmlUrl=\"https://a.example/\">\n</body></opml>\n");
        assertThatThrownBy(() -> Opml.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":line 3").hasMessageContaining("not well-formed");
    }

    @Test
    void aFeedIsNotAnOpmlList() throws IOException {
        Path file = dir.resolve("feed.opml");
        Files.writeString(file, "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        assertThatThrownBy(() -> Opml.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": not OPML (root element <rss>, no <body>)");
    }

    @Test
    void aListWithADoctypeIsRefusedWithoutReadingIt() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = dir.resolve("evil.opml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE opml [ <!ENTITY x SYSTEM "%s"> ]>
                <opml><body><outline text="&x;" xmlUrl="https://a.example/"/></body></opml>
                """.formatted(secret.toUri()));
        assertThatThrownBy(() -> Opml.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    }
}
