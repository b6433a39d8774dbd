package org.veil.evaluate.experiment;

import java.time.Instant;
import java.util.List;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.lfr.LfrEvaluation;
import org.veil.lfr.ProtectedSetting;
import org.veil.lfr.metric.FairnessReport;

/**
 * Adds the group-fairness metrics of a target on the test split to its record (every method, not only
 * LFR): {@code statisticalParityDifference}, {@code disparateImpact}, {@code equalOpportunityDifference},
 * {@code averageOddsDifference}, {@code balancedAccuracy}, with the privileged group and favourable class
 * of {@link ProtectedSetting}'s defaults chosen on the members. Nothing is added when the data has no
 * protected attribute or a non-binary label. Stateless.
 */
final class GroupFairness {

    private GroupFairness() {
    }

    static <M extends Classifier> TrainedModel<M> addTo(TrainedModel<M> trained, Dataset members, Dataset test) {
        if (members.protectedAttribute() == null || test.protectedAttribute() == null || members.numClasses() != 2) {
            return trained;
        }
        ProtectedSetting setting = new ProtectedSetting();
        int fav = setting.favourableIndex(members);
        List<String> priv = setting.privilegedNames(members, fav);
        FairnessReport r;
        try {
            r = LfrEvaluation.report(test, trained.model().predict(test.features()), priv, fav);
        } catch (IllegalArgumentException oneSided) {
            return trained; // a test split without one of the two sides has no group metric to report
        }
        return trained.withRecord(trained.record().withMetrics(LfrEvaluation.groupMetrics(r, ""), Instant.now()));
    }
}
