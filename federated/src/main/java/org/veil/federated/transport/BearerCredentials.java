package org.veil.federated.transport;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.SecurityLevel;
import io.grpc.Status;
import java.util.concurrent.Executor;

/**
 * Client side of the bearer-token scheme: adds {@code authorization: Bearer <token>} (RFC 6750
 * section 2.1) and {@code veil-client-id: <id>} to every call. A bearer token lets anyone who
 * sees it act as the client (RFC 6750 section 5.3: "Always use TLS"), so it is sent only over a
 * connection with {@link SecurityLevel#PRIVACY_AND_INTEGRITY}, or in plaintext to a loopback
 * authority ({@link PlaintextPolicy}), or when the caller set {@code allowPlaintext}; otherwise the
 * call fails with {@link Status#UNAUTHENTICATED} before anything is sent.
 *
 * <p>Attach per stub ({@code stub.withCallCredentials(credentials)}).
 *
 * <p>Thread safety: immutable; safe for concurrent calls. Randomness: none.
 */
public final class BearerCredentials extends CallCredentials {

    private final String clientId;
    private final String token;
    private final boolean allowPlaintext;

    /**
     * @param allowPlaintext send the token over unencrypted non-loopback connections too (only
     *                       for networks the operator trusts; see docs/federated-transport.md)
     * @throws IllegalArgumentException if the id or token is malformed (the token is not repeated)
     */
    public BearerCredentials(String clientId, String token, boolean allowPlaintext) {
        if (!TokenStore.isValidClientId(clientId)) {
            throw new IllegalArgumentException("clientId='" + clientId + "', allowed: [A-Za-z0-9._-]{1,64}");
        }
        String problem = token == null ? "is missing" : TokenStore.tokenProblem(token);
        if (problem != null) {
            throw new IllegalArgumentException("token of client '" + clientId + "' " + problem);
        }
        this.clientId = clientId;
        this.token = token;
        this.allowPlaintext = allowPlaintext;
    }

    public String clientId() {
        return clientId;
    }

    @Override
    public void applyRequestMetadata(RequestInfo requestInfo, Executor appExecutor, MetadataApplier applier) {
        if (allowPlaintext || requestInfo.getSecurityLevel() == SecurityLevel.PRIVACY_AND_INTEGRITY) {
            applier.apply(headers());
            return;
        }
        String authority = requestInfo.getAuthority();
        // the loopback test may resolve a name, which must not block a transport thread
        appExecutor.execute(() -> {
            if (PlaintextPolicy.isLoopback(PlaintextPolicy.hostOfAuthority(authority))) {
                applier.apply(headers());
            } else {
                applier.fail(Status.UNAUTHENTICATED.withDescription("bearer token not sent: connection to '"
                        + authority + "' is not TLS and not loopback (set allowPlaintext to override)"));
            }
        });
    }

    private Metadata headers() {
        Metadata headers = new Metadata();
        headers.put(AuthInterceptor.AUTHORIZATION, "Bearer " + token);
        headers.put(AuthInterceptor.CLIENT_ID_HEADER, clientId);
        return headers;
    }

    @Override
    public String toString() {
        return "BearerCredentials[clientId=" + clientId + ", token=<redacted>]";
    }
}
