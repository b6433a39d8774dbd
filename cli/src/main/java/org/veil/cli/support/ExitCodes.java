package org.veil.cli.support;

import org.veil.core.error.DataFormatException;
import org.veil.core.error.PrivacyBudgetExceededException;
import org.veil.core.error.VeilException;
import org.veil.core.run.CancellationFlag;

/** The exit codes of every {@code veil} command (also listed in {@code veil --help} and the README). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int DOMAIN = VeilException.EXIT_DOMAIN;
    public static final int DATA = DataFormatException.EXIT_DATA;
    public static final int BUDGET = PrivacyBudgetExceededException.EXIT_BUDGET;
    public static final int CANCELLED = CancellationFlag.CancelledException.EXIT_CANCELLED;

    public static final String FOOTER_0 = "  0    success";
    public static final String FOOTER_1 = "  1    internal error (a bug: please report it with VEIL_DEBUG=1 output)";
    public static final String FOOTER_2 = "  2    usage error: unknown option, bad value, value out of range";
    public static final String FOOTER_3 = "  3    domain error (e.g. an unreachable privacy target)";
    public static final String FOOTER_4 = "  4    bad input data (file, row and column are named)";
    public static final String FOOTER_5 = "  5    privacy budget exhausted";
    public static final String FOOTER_130 = "  130  cancelled (Ctrl-C)";

    private ExitCodes() {
    }
}
