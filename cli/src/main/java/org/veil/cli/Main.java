package org.veil.cli;

import java.io.PrintWriter;
import org.veil.cli.support.ErrorHandler;
import picocli.CommandLine;

/**
 * The {@code veil} command's entry point: the only {@code main} and the only {@code System.exit}.
 * Exit codes are documented in {@link org.veil.cli.support.ExitCodes} and the README.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given output streams and returns its exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine(out, err);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The configured command tree. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new VeilCommand());
        ErrorHandler handler = new ErrorHandler();
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(handler);
        cmd.setExecutionExceptionHandler(handler);
        cmd.setUsageHelpAutoWidth(true);
        return cmd;
    }
}
