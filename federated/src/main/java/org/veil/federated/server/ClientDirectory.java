package org.veil.federated.server;

import java.util.List;

/**
 * Who can take part: the population (every client that may be sampled: the tokens file's ids, or a
 * simulation's virtual clients) and who can be reached now. A round ends early once every cohort
 * member has answered or is unreachable.
 */
public interface ClientDirectory {

    /** All client ids that may be sampled. */
    List<String> population();

    /** Ids that can get a task now (for sampling without DP). */
    List<String> available();

    /** Whether {@code clientId} may still answer this round (a live session, or a simulated client). */
    boolean isReachable(String clientId);
}
