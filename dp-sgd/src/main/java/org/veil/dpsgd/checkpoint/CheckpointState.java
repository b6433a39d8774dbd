package org.veil.dpsgd.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.dpsgd.DpSgdPlan;
import org.veil.dpsgd.EpochSummary;

/**
 * Everything besides the model (parameters and optimiser state, saved as {@code model.zip}) that a
 * DP-SGD run needs to continue exactly where it stopped.
 *
 * @param schemaVersion  checkpoint schema version ({@link #SCHEMA_VERSION})
 * @param stepsDone      optimiser steps completed
 * @param options        the run's {@code DpSgdOptions}, as JSON
 * @param plan           q, σ, δ and the planned steps, fixed at the start
 * @param seed           the run seed (batch sampling and initialisation derive from it)
 * @param noiseSource    {@code secure} or {@code seeded}
 * @param dataSha256     SHA-256 of the training data's source, checked on resume
 * @param dataRows       N, checked on resume
 * @param ledger         every mechanism released so far
 * @param epochs         per-epoch summaries of completed epochs
 */
public record CheckpointState(int schemaVersion, long stepsDone, JsonNode options, DpSgdPlan plan, long seed,
        String noiseSource, String dataSha256, int dataRows, PrivacyLedger ledger, List<EpochSummary> epochs) {
    public static final int SCHEMA_VERSION = 1;

    public CheckpointState {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(ledger, "ledger");
        epochs = epochs == null ? List.of() : List.copyOf(epochs);
        ledger = ledger.copy();
    }
}
