package org.veil.core.privacy.analysis.pld;

/**
 * The privacy loss distribution of a ledger does not fit the allowed grid, even at the coarsest
 * allowed discretisation interval (very small noise, or very many steps). The message is one line
 * that says why and suggests the RDP accountant, which has no grid; the command line falls back to
 * it with this message.
 */
public final class PldGridLimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PldGridLimitException(String message) {
        super(message);
    }
}
