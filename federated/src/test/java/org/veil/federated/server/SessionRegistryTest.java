package org.veil.federated.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    private final long[] now = {1000};
    private final SessionRegistry sessions = new SessionRegistry(5000, () -> now[0], new SecureRandom());

    @Test
    void aReusedIdIsRefusedWhileItsSessionLives() {
        String s = sessions.join("alice", 10);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sessions.join("alice", 10));
        assertTrue(e.getMessage().contains("alice") && e.getMessage().contains("reused id"), e.getMessage());
        sessions.leave(s);
        assertNotEquals(s, sessions.join("alice", 10), "a new session after leaving");
    }

    @Test
    void sessionsAreBoundToTheirClientAndExpireWhenUnseen() {
        String s = sessions.join("alice", 1);
        sessions.join("bob", 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sessions.touch(s, "bob"));
        assertTrue(e.getMessage().contains("another client"), e.getMessage());
        now[0] += 4000;
        sessions.touch(s, "alice");
        now[0] += 4000; // bob unseen for 8 s, alice for 4 s
        assertEquals(List.of("alice"), sessions.liveClients());
        assertFalse(sessions.isLive("bob"));
        sessions.join("bob", 1); // a crashed client can come back once its session expired
        assertThrows(IllegalStateException.class, () -> sessions.touch("made-up", "alice"));
    }
}
