package org.crosscheck.cli;

import picocli.CommandLine;

/** Entry point of the {@code crosscheck} launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Crosscheck());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("crosscheck: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("CROSSCHECK_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return ExitCodes.FAILURE;
        });
        return cli.execute(args);
    }
}
