package org.veil.core.tribuo;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Tribuo's {@code java.util.logging} chatter (one INFO line per training run and per
 * logging interval) off the user's terminal: Tribuo loggers are raised to WARNING the first time
 * Veil creates a Tribuo trainer. A user who configured {@code org.tribuo} explicitly (a level set
 * through {@code logging.properties}) keeps that level.
 *
 * <p>Thread safety: idempotent and safe to call from several threads.
 */
final class TribuoLogging {
    // JUL holds loggers weakly: keep a strong reference, or the level is lost when it is collected.
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private TribuoLogging() {
    }

    /** Raises {@code org.tribuo} to WARNING unless a level was configured for it. */
    static void quiet() {
        synchronized (TRIBUO) {
            if (TRIBUO.getLevel() == null) {
                TRIBUO.setLevel(Level.WARNING);
            }
        }
    }
}
