package org.veil.core.error;

/**
 * Root of Veil's small family of unchecked domain errors (DESIGN.md section 4.6).
 *
 * <p>Every subclass carries a message fit to be shown to a user as one line, and an exit code
 * the command line uses when the error ends a command. Programming errors stay
 * {@link IllegalArgumentException} / {@link IllegalStateException}.
 */
public class VeilException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code for a domain error that has no more specific code. */
    public static final int EXIT_DOMAIN = 3;

    public VeilException(String message) {
        super(message);
    }

    public VeilException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code the command line uses for this error (documented in the README). */
    public int exitCode() {
        return EXIT_DOMAIN;
    }
}
