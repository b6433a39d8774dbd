package org.veil.federated.server;

import java.util.List;

/**
 * Hooks of the round loop, for drivers that must act when a cohort is chosen (the simulation starts
 * its virtual clients) or a round ends. Called from the round loop's thread, outside any lock.
 */
public interface RoundListener {

    /** A round attempt opened for {@code cohort}. */
    default void roundOpened(int round, int attempt, List<String> cohort) {
    }

    /** A round completed; {@code summary} is what was logged. */
    default void roundCompleted(RoundSummary summary) {
    }
}
