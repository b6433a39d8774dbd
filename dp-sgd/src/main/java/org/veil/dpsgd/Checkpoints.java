package org.veil.dpsgd;

import java.io.IOException;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.record.RecordJson;
import org.veil.core.run.RunContext;
import org.veil.dpsgd.checkpoint.CheckpointState;
import org.veil.dpsgd.checkpoint.CheckpointStore;

/**
 * When and what DP-SGD checkpoints: every {@code every} steps (0: at epoch ends), with the model
 * and its optimiser state, the ledger, the plan and the step count; nothing when no directory is
 * configured. Not thread-safe.
 */
final class Checkpoints implements TrainingLoop.Checkpointer {
    private final CheckpointStore store;
    private final int every;
    private final Dl4jClassifier model;
    private final DpSgdOptions options;
    private final DpSgdPlan plan;
    private final Dataset data;
    private final RunContext ctx;
    private long lastSaved = -1;

    Checkpoints(CheckpointStore store, int every, Dl4jClassifier model, DpSgdOptions options, DpSgdPlan plan,
            Dataset data, RunContext ctx) {
        this.store = store;
        this.every = every;
        this.model = model;
        this.options = options;
        this.plan = plan;
        this.data = data;
        this.ctx = ctx;
    }

    @Override
    public boolean due(long stepsDone, boolean epochEnd) {
        if (store == null) {
            return false;
        }
        return every == 0 ? epochEnd : stepsDone % every == 0;
    }

    /** Writes the state unless it is already the latest checkpoint (or there is no directory). */
    @Override
    public void save(RunState state) throws IOException {
        if (store == null || lastSaved == state.stepsDone) {
            return;
        }
        CheckpointState s = new CheckpointState(CheckpointState.SCHEMA_VERSION, state.stepsDone,
                RecordJson.mapper().valueToTree(options), plan, ctx.seed(), ctx.noise().name(),
                data.source().sha256(), data.rows(), state.ledger, state.epochs);
        store.save(s, model);
        lastSaved = state.stepsDone;
    }

    @Override
    public String lastCheckpoint() {
        if (lastSaved < 0) {
            return store == null ? "none (no checkpoint directory was given)" : "none yet in " + store.directory();
        }
        return store.directory() + " (after step " + lastSaved + ")";
    }
}
