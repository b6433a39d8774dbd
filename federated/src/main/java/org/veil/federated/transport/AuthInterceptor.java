package org.veil.federated.transport;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.net.SocketAddress;
import java.util.Objects;

/**
 * Server side of the bearer-token scheme (RFC 6750): every call must carry
 * {@code authorization: Bearer <token>} and {@code veil-client-id: <id>} that match the
 * {@link TokenStore}. A rejected call is closed with {@link Status#UNAUTHENTICATED} and one of two
 * descriptions, {@value #MISSING} or {@value #INVALID}, so a caller cannot probe which client ids
 * exist; the detailed reason goes to the {@link AuthListener}. The trailers carry a
 * {@code www-authenticate} challenge as RFC 6750 section 3 describes. An accepted call runs with
 * the client id in {@link #CLIENT_ID}, where service methods read it ({@link #clientId()}).
 *
 * <p>Register it as the outermost interceptor (first in {@link ServerEndpoint#start}'s list) so
 * nothing runs before it.
 *
 * <p>Thread safety: immutable; safe for concurrent calls. Randomness: none.
 */
public final class AuthInterceptor implements ServerInterceptor {

    /** The authenticated client id of the current call. */
    public static final Context.Key<String> CLIENT_ID = Context.key("veil-authenticated-client-id");

    /** Header with the bearer token (RFC 6750 section 2.1). */
    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    /** Header with the client id the token belongs to. */
    public static final Metadata.Key<String> CLIENT_ID_HEADER =
            Metadata.Key.of("veil-client-id", Metadata.ASCII_STRING_MARSHALLER);

    /** Description of a call without credentials. */
    public static final String MISSING = "missing credentials";
    /** Description of a call with credentials that do not match. */
    public static final String INVALID = "invalid credentials";

    static final Metadata.Key<String> CHALLENGE =
            Metadata.Key.of("www-authenticate", Metadata.ASCII_STRING_MARSHALLER);
    private static final String SCHEME = "bearer ";

    private final TokenStore tokens;
    private final AuthListener listener;

    public AuthInterceptor(TokenStore tokens, AuthListener listener) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The authenticated client id of the call being served.
     *
     * @throws IllegalStateException outside a call that passed this interceptor
     */
    public static String clientId() {
        String id = CLIENT_ID.get();
        if (id == null) {
            throw new IllegalStateException("no authenticated client id: the call did not pass AuthInterceptor");
        }
        return id;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String authorization = headers.get(AUTHORIZATION);
        String claimedId = headers.get(CLIENT_ID_HEADER);
        String wellFormedId = TokenStore.isValidClientId(claimedId) ? claimedId : null;
        if (authorization == null || claimedId == null) {
            String reason = authorization == null && claimedId == null ? "missing token and client id"
                    : authorization == null ? "missing token" : "missing client id";
            return reject(call, wellFormedId, MISSING, reason);
        }
        // RFC 6750 section 2.1 / RFC 9110 section 11.1: the scheme name is case-insensitive
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return reject(call, wellFormedId, INVALID, "authorization header is not 'Bearer <token>'");
        }
        if (wellFormedId == null) {
            return reject(call, null, INVALID, "malformed client id");
        }
        String token = authorization.substring(SCHEME.length()).strip();
        switch (tokens.check(wellFormedId, token)) {
            case ACCEPTED:
                Context context = Context.current().withValue(CLIENT_ID, wellFormedId);
                return Contexts.interceptCall(context, call, headers, next);
            case UNKNOWN_CLIENT:
                return reject(call, wellFormedId, INVALID, "unknown client id " + wellFormedId);
            case WRONG_TOKEN:
                return reject(call, wellFormedId, INVALID, "wrong token for client id " + wellFormedId);
            default:
                throw new IllegalStateException("unhandled verdict");
        }
    }

    private <Q, R> ServerCall.Listener<Q> reject(
            ServerCall<Q, R> call, String clientId, String description, String reason) {
        Metadata trailers = new Metadata();
        // RFC 6750 section 3: a challenge; error="invalid_token" only when credentials were presented
        trailers.put(CHALLENGE, MISSING.equals(description) ? "Bearer realm=\"veil\""
                : "Bearer realm=\"veil\", error=\"invalid_token\"");
        try {
            // told before the close, so the log line exists by the time the caller sees the status
            listener.rejected(clientId, remoteAddress(call), reason);
        } finally {
            call.close(Status.UNAUTHENTICATED.withDescription(description), trailers);
        }
        return new ServerCall.Listener<>() {
        };
    }

    private static String remoteAddress(ServerCall<?, ?> call) {
        SocketAddress address = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
        return address == null ? "unknown" : address.toString();
    }
}
