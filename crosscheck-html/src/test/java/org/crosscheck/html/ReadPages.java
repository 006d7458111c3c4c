package org.crosscheck.html;

import java.util.List;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.ReadFiles;

/** A main for {@code ChildJvm}: reads files with the HTML reader. */
public final class ReadPages {
    private ReadPages() {
    }

    public static void main(String[] args) {
        ReadFiles.run(new Inputs(List.of(new HtmlFileReader())), args);
    }
}
