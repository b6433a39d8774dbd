package org.veil.evaluate.audit;

/** How a {@link CanaryDesign}'s inclusion vector came about; written into every audit result. */
public enum DesignOrigin {
    /** Drawn by {@link CanaryDesign#draw}: one fair independent coin per canary, from the given generator. */
    DRAWN,
    /**
     * Supplied by the caller (for example read from a file) through {@link CanaryDesign#declared}: it
     * declared independent ½ inclusion and passed the checks listed there, which cannot prove it.
     */
    DECLARED
}
