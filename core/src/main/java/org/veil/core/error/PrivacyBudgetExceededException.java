package org.veil.core.error;

/**
 * A run was asked to spend more privacy budget than it was given. Thrown before the step that
 * would exceed the budget runs, so that what has been released so far stays within it.
 */
public final class PrivacyBudgetExceededException extends VeilException {
    private static final long serialVersionUID = 1L;

    /** Exit code when a command stops because its privacy budget is spent. */
    public static final int EXIT_BUDGET = 5;

    private final double budgetEpsilon;
    private final double wouldBeEpsilon;

    public PrivacyBudgetExceededException(double budgetEpsilon, double wouldBeEpsilon, String detail) {
        super("privacy budget exceeded: epsilon would reach " + wouldBeEpsilon + " > budget " + budgetEpsilon
                + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        this.budgetEpsilon = budgetEpsilon;
        this.wouldBeEpsilon = wouldBeEpsilon;
    }

    public double budgetEpsilon() {
        return budgetEpsilon;
    }

    public double wouldBeEpsilon() {
        return wouldBeEpsilon;
    }

    @Override
    public int exitCode() {
        return EXIT_BUDGET;
    }
}
