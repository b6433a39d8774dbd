package org.veil.dpsgd;

import com.fasterxml.jackson.databind.JsonNode;
import org.veil.core.data.Dataset;
import org.veil.core.record.RecordJson;
import org.veil.core.run.RunContext;
import org.veil.dpsgd.checkpoint.CheckpointState;

/**
 * Checks that a checkpoint may be continued with the given data and options: same data (rows and
 * SHA-256), same seed and noise kind, and the same options except the number of epochs (which may
 * grow; the budget check then decides how far the run may go). Stateless.
 */
final class Resume {

    private Resume() {
    }

    static void check(CheckpointState saved, DpSgdOptions options, Dataset data, RunContext ctx) {
        if (saved.schemaVersion() != CheckpointState.SCHEMA_VERSION) {
            throw new IllegalArgumentException("checkpoint schemaVersion=" + saved.schemaVersion() + ", allowed: "
                    + CheckpointState.SCHEMA_VERSION);
        }
        if (saved.dataRows() != data.rows() || !saved.dataSha256().equals(data.source().sha256())) {
            throw new IllegalArgumentException("checkpoint was trained on other data (" + saved.dataRows()
                    + " rows, sha256 " + saved.dataSha256() + "), not on " + data.rows() + " rows with sha256 "
                    + data.source().sha256());
        }
        if (saved.seed() != ctx.seed()) {
            throw new IllegalArgumentException("checkpoint seed=" + saved.seed() + ", this run's seed=" + ctx.seed()
                    + ": resume with the same seed");
        }
        if (!saved.noiseSource().equals(ctx.noise().name())) {
            throw new IllegalArgumentException("checkpoint noise source=" + saved.noiseSource() + ", this run's="
                    + ctx.noise().name());
        }
        JsonNode now = RecordJson.mapper().valueToTree(options.withEpochs(1));
        JsonNode then = RecordJson.mapper().valueToTree(
                RecordJson.mapper().convertValue(saved.options(), DpSgdOptions.class).withEpochs(1));
        if (!now.equals(then)) {
            throw new IllegalArgumentException("checkpoint options differ from this run's (only epochs may change): "
                    + "checkpoint " + then + ", now " + now);
        }
    }
}
