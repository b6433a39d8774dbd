package org.veil.federated.transport;

/**
 * Told by {@link AuthInterceptor} about every rejected call, with the detailed reason that the
 * caller is not told, so that the server can log it.
 *
 * <p>Thread safety: implementations are called from gRPC transport threads, possibly several at
 * once, and must be thread safe, quick, and must not throw.
 */
@FunctionalInterface
public interface AuthListener {

    /**
     * @param clientIdOrNull the client id the caller claimed if it was well formed, else null
     * @param remoteAddress  the caller's address as the transport reports it, or "unknown"
     * @param reason         e.g. "missing token", "unknown client id", "wrong token for client id X"
     */
    void rejected(String clientIdOrNull, String remoteAddress, String reason);
}
