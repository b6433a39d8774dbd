package org.veil.cli.support;

import java.io.PrintWriter;
import org.veil.core.error.VeilException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code: usage errors (picocli's and the
 * options records' {@link IllegalArgumentException}s) exit 2, Veil's domain errors their own code,
 * anything else 1. Stack traces only with {@code VEIL_DEBUG=1}.
 */
public final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("veil: " + oneLine(ex.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        debug(ex, err);
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof VeilException v) {
            err.println("veil: " + oneLine(v.getMessage()));
            debug(ex, err);
            return v.exitCode();
        }
        if (ex instanceof IllegalArgumentException) {
            err.println("veil: " + oneLine(ex.getMessage()));
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            debug(ex, err);
            return ExitCodes.USAGE;
        }
        err.println("veil: internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage()));
        err.println("Run again with VEIL_DEBUG=1 for the stack trace, and please report it.");
        debug(ex, err);
        return ExitCodes.INTERNAL;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String first = message.strip();
        int nl = first.indexOf('\n');
        return nl < 0 ? first : first.substring(0, nl);
    }

    private static void debug(Exception ex, PrintWriter err) {
        if ("1".equals(System.getenv("VEIL_DEBUG"))) {
            ex.printStackTrace(err);
        }
    }
}
