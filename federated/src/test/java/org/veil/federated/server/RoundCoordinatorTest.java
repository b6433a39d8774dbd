package org.veil.federated.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.federated.model.LocalTrainingOptions;

class RoundCoordinatorTest {

    private final EventLog log = EventLog.inMemory(line -> { });
    private final RoundCoordinator rc = new RoundCoordinator(new UpdateValidator(2, 100), log,
            System::currentTimeMillis);
    private final float[] global = {0.5f, -0.5f};

    private static ClientDirectory reachable(Set<String> ids) {
        return new ClientDirectory() {
            @Override
            public List<String> population() {
                return List.copyOf(ids);
            }

            @Override
            public List<String> available() {
                return List.copyOf(ids);
            }

            @Override
            public boolean isReachable(String clientId) {
                return ids.contains(clientId);
            }
        };
    }

    private void open(long deadline) {
        rc.open(new RoundPlan(3, "task-3", global, List.of("a", "b"), deadline, new LocalTrainingOptions(), 0, 42,
                false));
    }

    @Test
    void onlyCohortMembersGetTheTaskOnceAndOnlyTheirValidUpdatesCount() throws Exception {
        open(System.currentTimeMillis() + 60_000);
        assertEquals(Assignment.Kind.WAIT, rc.nextTask("c", 0).kind(), "not in the cohort");
        Assignment a = rc.nextTask("a", 0);
        assertEquals(Assignment.Kind.TRAIN, a.kind());
        assertEquals(3, a.round());
        assertEquals(Assignment.Kind.WAIT, rc.nextTask("a", 0).kind(), "one task per client and round");
        assertArrayEquals(global, rc.model("a", "task-3"));
        assertThrows(IllegalStateException.class, () -> rc.model("b", "task-3"), "b has no task yet");
        assertTrue(rc.submit("b", "task-3", new float[] {1, 1}, 1).contains("not given"));
        assertTrue(rc.submit("a", "task-2", new float[] {1, 1}, 1).contains("not the open round"));
        assertTrue(rc.submit("a", "task-3", new float[] {Float.NaN, 1}, 1).contains("NaN"));
        assertTrue(rc.submit("a", "task-3", new float[] {1, 1}, 1).contains("second update"));
        rc.nextTask("b", 0);
        assertNull(rc.submit("b", "task-3", new float[] {1, 2}, 7));
        RoundCoordinator.RoundResult r = rc.awaitAndClose(reachable(Set.of("a", "b", "c")));
        assertEquals(1, r.accepted().size());
        assertEquals("b", r.accepted().get(0).clientId());
        assertEquals(7, r.accepted().get(0).weight());
        assertEquals(Set.of("a"), r.rejected().keySet());
        assertTrue(r.dropped().isEmpty());
        assertEquals(4, log.events("update_rejected").size(), "every rejection is logged with its reason");
        assertTrue(log.events("update_rejected").get(2).path("reason").asText().contains("NaN"));
        assertTrue(rc.submit("b", "task-3", new float[] {1, 2}, 7).contains("after round 3 closed"));
    }

    @Test
    void aSilentReachableClientIsDroppedAtTheDeadlineAndAnUnreachableOneAtOnce() throws Exception {
        open(System.currentTimeMillis() + 300);
        rc.nextTask("a", 0);
        rc.submit("a", "task-3", new float[] {0, 1}, 1);
        long t0 = System.currentTimeMillis();
        RoundCoordinator.RoundResult r = rc.awaitAndClose(reachable(Set.of("a", "b")));
        assertTrue(System.currentTimeMillis() - t0 >= 200, "waited for b until the deadline");
        assertEquals(List.of("b"), r.dropped());
        open(System.currentTimeMillis() + 60_000);
        t0 = System.currentTimeMillis();
        r = rc.awaitAndClose(reachable(Set.of()));
        assertTrue(System.currentTimeMillis() - t0 < 5_000, "nobody reachable: no wait");
        assertEquals(List.of("a", "b"), r.dropped());
    }

    @Test
    void finishedRunAnswersDone() throws Exception {
        rc.finish();
        assertEquals(Assignment.Kind.DONE, rc.nextTask("a", 1000).kind());
    }
}
