package org.veil.evaluate.audit;

import java.util.List;
import java.util.Objects;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.data.Dataset;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.TrainingRecord;
import org.veil.core.run.RunContext;

/**
 * A deliberately broken "DP" trainer for tests: it trains with {@code inner} (which is not (ε, δ)-DP
 * at the claimed ε) and then writes a record that claims (ε, δ) anyway, as a buggy DP library would
 * (for example one that forgot to clip, or that reports the target ε after changing σ). The ledger is
 * kept; only the claimed numbers lie, and a note says so.
 */
final class MisreportingTrainer implements Trainer<Dl4jClassifier> {
    private final Trainer<Dl4jClassifier> inner;
    private final double claimedEpsilon;
    private final double claimedDelta;

    MisreportingTrainer(Trainer<Dl4jClassifier> inner, double claimedEpsilon, double claimedDelta) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.claimedEpsilon = claimedEpsilon;
        this.claimedDelta = claimedDelta;
    }

    @Override
    public TrainedModel<Dl4jClassifier> train(Dataset data, RunContext ctx) {
        TrainedModel<Dl4jClassifier> m = inner.train(data, ctx);
        TrainingRecord r = m.record();
        PrivacyInfo p = r.privacy();
        PrivacyInfo claim = new PrivacyInfo(claimedEpsilon, claimedDelta, "misreported", p.ledger(), null,
                p.noiseSource());
        return m.withRecord(new TrainingRecord(r.schemaVersion(), "broken-dp", r.options(), r.data(), claim,
                r.metrics(), r.seed(), r.startedAt(), r.finishedAt(), r.versions(),
                List.of("test fixture: the claimed epsilon is false")));
    }
}
