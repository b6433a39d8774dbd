package org.veil.core.privacy.analysis.pld;

/**
 * The ledger's privacy loss is too spread out for the PLD grid limit: the accountant refuses rather
 * than exhaust memory. The message is one line and suggests the RDP accountant, which callers such as
 * {@code veil accountant} fall back to.
 */
public final class PldGridLimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PldGridLimitException(String message) {
        super(message);
    }
}
