package org.veil.federated.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Live client sessions. A client id holds at most one live session: a second join for an id whose
 * session is alive is refused ("reused id"); a session that has not been seen for the expiry time
 * ends, so a client that crashed can join again. Session ids are 128 random bits from a
 * {@link SecureRandom} (they are bearer secrets bound to the authenticated client id).
 *
 * <p>Thread safety: all methods are synchronized.
 */
public final class SessionRegistry {

    private final Map<String, Session> byId = new HashMap<>();
    private final Map<String, Session> byClient = new HashMap<>();
    private final long expiryMillis;
    private final LongSupplier clock;
    private final SecureRandom random;

    private record Session(String id, String clientId, long examples, long[] lastSeen) {
    }

    /**
     * @param expiryMillis a session unseen for this long ends, &gt; 0
     * @param clock        milliseconds (System::currentTimeMillis, or a test clock)
     * @param random       source of session ids
     */
    public SessionRegistry(long expiryMillis, LongSupplier clock, SecureRandom random) {
        if (expiryMillis <= 0) {
            throw new IllegalArgumentException("expiryMillis=" + expiryMillis + ", allowed: > 0");
        }
        this.expiryMillis = expiryMillis;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Starts a session for {@code clientId}.
     *
     * @return the session id
     * @throws IllegalStateException when the id already has a live session (the reason names the id)
     */
    public synchronized String join(String clientId, long examples) {
        expire();
        if (byClient.containsKey(clientId)) {
            throw new IllegalStateException("client id " + clientId + " already has a live session (reused id)");
        }
        byte[] b = new byte[16];
        random.nextBytes(b);
        Session s = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(b), clientId, examples,
                new long[] {clock.getAsLong()});
        byId.put(s.id(), s);
        byClient.put(clientId, s);
        return s.id();
    }

    /**
     * Checks that {@code sessionId} is live and belongs to {@code clientId}, and marks it seen.
     *
     * @throws IllegalStateException with the reason otherwise
     */
    public synchronized void touch(String sessionId, String clientId) {
        expire();
        Session s = byId.get(sessionId);
        if (s == null) {
            throw new IllegalStateException("no live session " + abbreviate(sessionId) + " for client " + clientId);
        }
        if (!s.clientId().equals(clientId)) {
            throw new IllegalStateException("session belongs to another client (caller " + clientId + ")");
        }
        s.lastSeen()[0] = clock.getAsLong();
    }

    /** A session unseen for this long ends. */
    public long expiryMillis() {
        return expiryMillis;
    }

    /** Ends a session (no effect when it is not live). */
    public synchronized void leave(String sessionId) {
        Session s = byId.remove(sessionId);
        if (s != null) {
            byClient.remove(s.clientId());
        }
    }

    /** Whether {@code clientId} has a live session. */
    public synchronized boolean isLive(String clientId) {
        expire();
        return byClient.containsKey(clientId);
    }

    /** Client ids with live sessions, in join order of the map (callers sort when order matters). */
    public synchronized List<String> liveClients() {
        expire();
        return new ArrayList<>(byClient.keySet());
    }

    private void expire() {
        long now = clock.getAsLong();
        byId.values().removeIf(s -> {
            boolean dead = now - s.lastSeen()[0] > expiryMillis;
            if (dead) {
                byClient.remove(s.clientId());
            }
            return dead;
        });
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() <= 6 ? s : s.substring(0, 6) + "...";
    }
}
