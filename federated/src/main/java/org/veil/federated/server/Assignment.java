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
 * @param secaggIndex    the client's index in a secure round's cohort (-1 otherwise)
 * @param payload        a secure-aggregation step's input (empty otherwise)
 */
public record Assignment(Kind kind, int round, String taskId, long deadlineMillis, LocalTrainingOptions local,
        double clientClip, long seed, int secaggIndex, byte[] payload) {

    /** What the client should do. */
    public enum Kind { WAIT, TRAIN, DONE, SECAGG_ADVERTISE, SECAGG_SHARE, SECAGG_MASKED_INPUT, SECAGG_UNMASK }

    /** Wait: no task now; {@code openRound} is the round in progress (-1 when none). */
    static Assignment waitAgain(int openRound) {
        return new Assignment(Kind.WAIT, openRound, "", 0, null, 0, 0, -1, new byte[0]);
    }

    static Assignment done() {
        return new Assignment(Kind.DONE, -1, "", 0, null, 0, 0, -1, new byte[0]);
    }
}
