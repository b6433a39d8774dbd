package org.veil.federated.server;

import org.veil.federated.model.LocalTrainingOptions;

/**
 * The server's answer to a client asking for work.
 *
 * @param kind           wait, train or done
 * @param round          round number (0-based)
 * @param taskId         identifies this round attempt's task (updates must quote it)
 * @param deadlineMillis wall-clock deadline of the round (ms since the epoch)
 * @param local          local training settings
 * @param clientClip     L2 bound the client applies to its own update (0 = none)
 * @param seed           seed of the client's batch order for this task
 */
public record Assignment(Kind kind, int round, String taskId, long deadlineMillis, LocalTrainingOptions local,
        double clientClip, long seed) {

    /** What the client should do. */
    public enum Kind { WAIT, TRAIN, DONE }

    static Assignment waitAgain() {
        return new Assignment(Kind.WAIT, -1, "", 0, null, 0, 0);
    }

    static Assignment done() {
        return new Assignment(Kind.DONE, -1, "", 0, null, 0, 0);
    }
}
