package org.veil.federated.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.veil.federated.server.ClientDirectory;
import org.veil.federated.server.SessionRegistry;
import org.veil.federated.transport.TokenStore;

/**
 * The population of a networked federation: every client id in the tokens file; available and
 * reachable are the ids with a live session.
 *
 * <p>Thread safety: immutable; the registry is thread-safe.
 */
public final class TokenDirectory implements ClientDirectory {

    private final List<String> population;
    private final SessionRegistry sessions;

    public TokenDirectory(TokenStore tokens, SessionRegistry sessions) {
        List<String> ids = new ArrayList<>(tokens.clientIds());
        Collections.sort(ids);
        this.population = List.copyOf(ids);
        this.sessions = sessions;
    }

    @Override
    public List<String> population() {
        return population;
    }

    @Override
    public List<String> available() {
        return sessions.liveClients();
    }

    @Override
    public boolean isReachable(String clientId) {
        return sessions.isLive(clientId);
    }
}
