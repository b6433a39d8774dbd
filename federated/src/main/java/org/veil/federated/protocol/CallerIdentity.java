package org.veil.federated.protocol;

import io.grpc.Context;
import org.veil.federated.transport.AuthInterceptor;

/**
 * The authenticated client id of the current call, put into the gRPC context by the transport's
 * authentication interceptor before any service method runs.
 */
public final class CallerIdentity {

    /** The context key the interceptor fills. */
    public static final Context.Key<String> CLIENT_ID = AuthInterceptor.CLIENT_ID;

    private CallerIdentity() {
    }

    /**
     * The caller's id.
     *
     * @throws IllegalStateException when no interceptor authenticated the call (a wiring error)
     */
    public static String current() {
        String id = CLIENT_ID.get();
        if (id == null) {
            throw new IllegalStateException("call was not authenticated (no client id in the context)");
        }
        return id;
    }
}
