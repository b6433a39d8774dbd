package org.veil.federated.transport;

/**
 * A chunk stream that {@link ChunkAssembler} cannot accept; {@link #getMessage()} is the reason,
 * fit for {@code SubmitReply.reason} or a status description (it never contains tensor values).
 *
 * <p>Thread safety: immutable.
 */
public final class ChunkException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChunkException(String reason) {
        super(reason);
    }

    /** The reason, same as {@link #getMessage()}. */
    public String reason() {
        return getMessage();
    }
}
