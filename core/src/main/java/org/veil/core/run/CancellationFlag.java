package org.veil.core.run;

import java.util.concurrent.atomic.AtomicBoolean;
import org.veil.core.error.VeilException;

/** A flag long work polls between steps; set from another thread (for example on Ctrl-C). */
public final class CancellationFlag {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancelledException} when the flag is set. */
    public void check() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }

    /** Thrown by {@link #check()} once the run was cancelled. */
    public static final class CancelledException extends VeilException {
        private static final long serialVersionUID = 1L;

        /** Exit code of a cancelled command (128 + SIGINT). */
        public static final int EXIT_CANCELLED = 130;

        public CancelledException() {
            super("cancelled");
        }

        @Override
        public int exitCode() {
            return EXIT_CANCELLED;
        }
    }
}
