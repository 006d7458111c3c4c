package org.crosscheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how a command writes its result. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "md, json or jsonl, and html for brief (default: jsonl; md for brief)")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write here instead of standard output (replaced whole, never left half-written)")
    Path out;
}
