package org.veil.dpsgd;

import org.veil.core.error.VeilException;

/**
 * DP-SGD met a non-finite loss or gradient. No step with it was applied or released; the message
 * names the last good checkpoint, if any.
 */
public final class TrainingDivergedException extends VeilException {
    private static final long serialVersionUID = 1L;

    public TrainingDivergedException(String message) {
        super(message);
    }
}
